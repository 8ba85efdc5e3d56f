// `npm run bench:probe [-- --json FILE]`: rdp-fix's probe and one scrape of its exporter against nmap and sslscan
// on the real lab (root), and its NTLM identity exchange against nmap's rdp-ntlm-info on the NLA server.
// Exit 0 whatever the peers get wrong; exit 1 when the bench breaks or rdp-fix gets a fact wrong.
import { writeFile } from "node:fs/promises";
import { requireRoot } from "../../test/support/lab/require-root.js";
import { requireTool } from "../../test/support/lab/require-tool.js";
import { labTargets } from "./lab-targets.js";
import { benchUsage, parseBenchArgs } from "./parse-bench-args.js";
import { renderBenchTable } from "./render-bench-table.js";
import { ntlmMisses, renderNtlmBench } from "./render-ntlm-bench.js";
import { runBenchTarget, type TargetResult } from "./run-bench-target.js";
import { type NtlmRun, runNtlmBench } from "./run-ntlm-bench.js";
import { peerTimeoutMs } from "./run-peer-command.js";
import { type BenchLabs, startBenchLabs } from "./start-bench-labs.js";
import { summarizeBench } from "./summarize-bench.js";

async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2));
  requireRoot("the probe bench (xrdp on 127.0.1.N:3389, network namespaces)");
  // Fail before any lab starts, not half-way through the targets.
  for (const [tool, debianPackage] of [
    ["nmap", "nmap"],
    ["sslscan", "sslscan"],
    ["stdbuf", "coreutils"],
  ] as const) {
    requireTool(tool, debianPackage);
  }

  const started = performance.now();
  const labs = await startBenchLabs(labTargets);
  // `on`, not `once`: execa's signal-exit re-raises a signal that no other listener still handles, which
  // would kill the process before the servers and namespaces are gone.
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void labs.stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const [results, ntlm] = await runTargets(labs)
    .then(async (results) => [results, await runNtlm(labs)] as const)
    .finally(() => labs.stop());
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);

  const summary = summarizeBench(results);
  const totalMs = Math.round(performance.now() - started);
  process.stdout.write(
    `${renderBenchTable(results, summary)}\n\n${renderNtlmBench(ntlm)}\nbench took ${(totalMs / 1000).toFixed(1)} s\n`,
  );
  if (args.jsonFile !== undefined) {
    const json = { generatedAt: new Date().toISOString(), node: process.version, peerTimeoutMs, totalMs };
    await writeFile(args.jsonFile, `${JSON.stringify({ ...json, results, summary, ntlm }, null, 2)}\n`);
  }
  return summary.rdpFixMisses.length === 0 && ntlmMisses(ntlm).length === 0 ? 0 : 1;
}

/** nmap's rdp-ntlm-info is the peer for the server's NTLM identity; only the NLA server has one. */
async function runNtlm(labs: BenchLabs): Promise<NtlmRun[]> {
  const target = labTargets.find((t) => t.source.lab === "shadow" && t.source.mode === "nla");
  if (target === undefined) throw new Error("the bench has no shadow NLA target for the NTLM identity");
  process.stderr.write("bench: NTLM identity\n");
  return runNtlmBench(labs.place(target).endpoint);
}

async function runTargets(labs: BenchLabs): Promise<TargetResult[]> {
  const results: TargetResult[] = [];
  for (const target of labTargets) {
    process.stderr.write(`bench: ${target.name}\n`);
    results.push(await runBenchTarget(target, labs.place(target)));
  }
  return results;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench:probe failed: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`${benchUsage}\n`);
    }
    process.exitCode = 1;
  },
);
