import type { NtlmAnswer } from "./ntlm-bench-facts.js";

/**
 * Reads nmap's rdp-ntlm-info block:
 *   | rdp-ntlm-info:
 *   |   NetBIOS_Computer_Name: VM
 *   |   DNS_Computer_Name: vm
 *   |   Product_Version: 6.1.7601
 *   |_  System_Time: 2026-12-04T18:58:32+00:00
 */
export function parseNmapNtlmOutput(stdout: string): NtlmAnswer {
  if (!stdout.includes("rdp-ntlm-info:")) return { kind: "no-answer", detail: "no rdp-ntlm-info output" };
  const field = (name: string) => {
    const match = new RegExp(`^\\|[_ ]\\s+${name}: (.+)$`, "m").exec(stdout);
    return match?.[1]?.trim() ?? null;
  };
  const time = field("System_Time");
  return {
    kind: "claims",
    claim: {
      netbiosComputerName: field("NetBIOS_Computer_Name"),
      dnsComputerName: field("DNS_Computer_Name"),
      version: field("Product_Version"),
      serverTime: time === null || Number.isNaN(Date.parse(time)) ? null : new Date(time).toISOString(),
    },
  };
}
