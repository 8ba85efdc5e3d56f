import { ntlmFactNames } from "./ntlm-bench-facts.js";
import { formatMs } from "./render-bench-table.js";
import type { NtlmRun } from "./run-ntlm-bench.js";

/** The NTLM identity section: each tool's time, its time as a ratio to rdp-fix's, and every fact graded. */
export function renderNtlmBench(runs: readonly NtlmRun[]): string {
  const rdpFixMs = runs.find((run) => run.tool === "rdp-fix ntlm")?.ms;
  const rows = runs.map((run) => {
    const ratio = rdpFixMs === undefined ? "?" : `${(run.ms / Math.max(rdpFixMs, 1)).toFixed(1)}x`;
    const facts = ntlmFactNames.map((name) => `${name} ${run.facts[name] ? "right" : "WRONG"}`).join(", ");
    const claim =
      run.answer.kind === "claims"
        ? `${run.answer.claim.netbiosComputerName} / ${run.answer.claim.dnsComputerName}, ${run.answer.claim.version}, ${run.answer.claim.serverTime}`
        : run.answer.detail;
    return `  ${run.tool.padEnd(18)} ${formatMs(run.ms).padStart(8)}  ${ratio.padStart(6)}  ${facts}  (${claim})`;
  });
  return ["NTLM identity of the shadow NLA server (time, time / rdp-fix, facts):", ...rows].join("\n");
}

export function ntlmMisses(runs: readonly NtlmRun[]): string[] {
  const rdpFix = runs.find((run) => run.tool === "rdp-fix ntlm");
  if (rdpFix === undefined) return ["rdp-fix ntlm did not run"];
  return ntlmFactNames.filter((name) => !rdpFix.facts[name]).map((name) => `rdp-fix ntlm: ${name}`);
}
