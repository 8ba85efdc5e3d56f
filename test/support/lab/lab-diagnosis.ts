import { runCli } from "../../../adapters/cli/run-cli.js";
import type { DnsLookup } from "../../../src/probes/dns-resolve.js";
import { createProbePolicy } from "../../../src/probes/probe-policy.js";
import { createProbeRunner } from "../../../src/probes/run-probes.js";
import { shippedFlow } from "../engine-conversation.js";
import { scriptedTerminal } from "../scripted-terminal.js";

export interface LabDiagnosis {
  findings: string[];
  causes: Array<{ id: string; confidence: number; evidence: { for: Array<{ ref: string }> } }>;
  elapsedMs: number;
}

/**
 * Runs `rdp-fix diagnose HOST --port PORT --yes --json` in process, exactly as a user would, with a probe
 * policy fenced to the lab's own addresses (loopback, or the namespace lab's 10.201.0.0/24). `lookup` stands
 * in for DNS, so a made-up name can point at a lab address without a query leaving the process.
 */
export async function diagnoseLabTarget(
  host: string,
  port: number,
  answers: string[] = [],
  allowedCidr = "127.0.0.0/8",
  lookup?: DnsLookup,
): Promise<LabDiagnosis> {
  const policy = createProbePolicy({
    allowedCidrs: [allowedCidr],
    allowedHostnames: [],
    allowedPorts: [port],
  });
  const term = scriptedTerminal();
  const flow = shippedFlow();
  const started = performance.now();
  const code = await runCli(
    ["diagnose", host, "--port", String(port), "--yes", "--json", ...answers.flatMap((a) => ["--answer", a])],
    term.io,
    {
      version: "lab",
      defaultFlowDir: "flows",
      loadFlow: async () => flow,
      createRunProbes: () => createProbeRunner({ policy, ...(lookup ? { lookup } : {}) }),
    },
  );
  if (code !== 0) throw new Error(`diagnose exited ${code}: ${term.stderr}`);
  const output = JSON.parse(term.stdout) as {
    findings: Array<{ id: string }>;
    causes: LabDiagnosis["causes"];
  };
  return {
    findings: [...new Set(output.findings.map((f) => f.id))],
    causes: output.causes,
    elapsedMs: Math.round(performance.now() - started),
  };
}
