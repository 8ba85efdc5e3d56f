import { versionText } from "../../src/probes/ntlm-identity.js";
import { probeNtlmIdentity } from "../../src/probes/probe-ntlm-identity.js";
import { rdpProtocol } from "../../src/probes/rdp-protocol.js";
import { defaultProbeBudgetMs } from "../../src/probes/run-probes.js";
import { requireTool } from "../../test/support/lab/require-tool.js";
import type { LabEndpoint } from "../../test/support/lab/start-xrdp-lab.js";
import { gradeNtlmAnswer, type NtlmAnswer, type NtlmFactName } from "./ntlm-bench-facts.js";
import { parseNmapNtlmOutput } from "./parse-nmap-ntlm-output.js";
import { runPeerCommand } from "./run-peer-command.js";

export interface NtlmRun {
  tool: "rdp-fix ntlm" | "nmap rdp-ntlm-info";
  ms: number;
  answer: NtlmAnswer;
  facts: Record<NtlmFactName, boolean>;
}

/**
 * The same job both ways against the lab's NLA server: X.224, TLS, an NTLM NEGOTIATE in a TSRequest, the
 * CHALLENGE read. rdp-fix's exchange runs in process; nmap's time includes starting nmap, as a user meets it.
 */
export async function runNtlmBench(endpoint: LabEndpoint): Promise<NtlmRun[]> {
  const started = performance.now();
  const outcome = await probeNtlmIdentity({
    address: endpoint.host,
    port: endpoint.port,
    host: endpoint.host,
    requestedProtocols: rdpProtocol.ssl | rdpProtocol.hybrid | rdpProtocol.hybridEx,
    timeoutMs: Math.round(defaultProbeBudgetMs * 0.35),
    now: () => new Date(),
  });
  const rdpFixMs = Math.round(performance.now() - started);
  const rdpFix: NtlmAnswer =
    outcome.kind === "identified"
      ? {
          kind: "claims",
          claim: {
            netbiosComputerName: outcome.identity.netbiosComputerName,
            dnsComputerName: outcome.identity.dnsComputerName,
            version: outcome.identity.version === null ? null : versionText(outcome.identity.version),
            serverTime: outcome.identity.serverTime,
          },
        }
      : { kind: "no-answer", detail: `rdp-fix: ${outcome.kind}` };
  const rdpFixDone = new Date();

  const nmap = await runPeerCommand({
    file: requireTool("nmap", "nmap"),
    args: ["-Pn", "-n", "-p", String(endpoint.port), "--script", "rdp-ntlm-info", endpoint.host],
  });
  const nmapDone = new Date();
  const nmapAnswer = parseNmapNtlmOutput(nmap.stdout);
  return [
    { tool: "rdp-fix ntlm", ms: rdpFixMs, answer: rdpFix, facts: gradeNtlmAnswer(rdpFix, rdpFixDone) },
    {
      tool: "nmap rdp-ntlm-info",
      ms: nmap.ms,
      answer: nmapAnswer,
      facts: gradeNtlmAnswer(nmapAnswer, nmapDone),
    },
  ];
}
