import { describeClockOffset } from "./describe-clock-offset.js";
import { type NtlmIdentity, versionText } from "./ntlm-identity.js";

/** "VM (NetBIOS) / vm (DNS), domain VM / vm, Windows 6.1.7601, clock 1 s behind ours": one line for a person. */
export function describeNtlmIdentity(identity: NtlmIdentity, clockOffsetMs: number | null): string {
  const pair = (netbios: string | null, dns: string | null) =>
    [netbios && `${netbios} (NetBIOS)`, dns && `${dns} (DNS)`].filter(Boolean).join(" / ") || "unnamed";
  const parts = [
    `calls itself ${pair(identity.netbiosComputerName, identity.dnsComputerName)}`,
    `domain ${pair(identity.netbiosDomainName, identity.dnsDomainName)}`,
    identity.dnsTreeName === null ? null : `forest ${identity.dnsTreeName}`,
    identity.version === null ? "no Windows version given" : `Windows ${versionText(identity.version)}`,
    clockOffsetMs === null ? "no clock reading" : `clock ${describeClockOffset(clockOffsetMs)}`,
  ];
  return parts.filter((part): part is string => part !== null).join(", ");
}
