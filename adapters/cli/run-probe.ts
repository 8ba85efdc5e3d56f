import type { ProbeReport } from "../../src/probes/probe-report.js";
import type { RunProbes } from "../../src/runtime/conversation-runner.js";
import { safeDisplayText } from "../../src/runtime/safe-display-text.js";
import type { CliIo } from "./cli-io.js";
import { schemaVersion } from "./diagnosis-json.js";
import { renderOutboundText } from "./render-outbound-text.js";
import { terminalSafeJson } from "./terminal-safe-json.js";
import { colourStyle, plainStyle } from "./terminal-style.js";

/**
 * `rdp-fix probe`: every observation and finding, live as steps complete (text) or as one JSON report.
 * A host that does not answer is a finding (exit 0); a target the policy refuses is bad input (exit 2).
 */
export async function runProbe(
  command: { host: string; port?: number; json: boolean },
  io: CliIo,
  runProbes: RunProbes,
): Promise<number> {
  const style = io.colour ? colourStyle : plainStyle;
  const report: ProbeReport = await runProbes({
    host: command.host,
    port: command.port ?? 3389,
    onStep: (step) => {
      if (!command.json)
        io.stdout(renderOutboundText({ kind: "probe-progress", host: command.host, step }, style));
    },
  });
  if (command.json) io.stdout(terminalSafeJson({ schemaVersion, ...report }));
  else {
    const safe = safeDisplayText;
    io.stdout("");
    io.stdout(style.bold(`Findings for ${safe(report.host)} port ${report.port} (${report.durationMs} ms):`));
    if (report.findings.length === 0) io.stdout("  (none)");
    for (const f of report.findings)
      io.stdout(`  • ${safe(f.id)}${f.address ? ` [${safe(f.address)}]` : ""}: ${safe(f.detail ?? "")}`);
  }
  // The DNS step of a name runs before the policy sees its addresses, so it does not count as probing: a
  // name whose every address is refused is as refused as the address typed in (and as `diagnose` says).
  const denied = report.steps.some((s) => s.status === "denied");
  const probed = report.steps.some((s) => s.status !== "denied" && s.step !== "dns");
  if (denied && !probed) {
    const why = report.steps.find((s) => s.status === "denied")?.summary ?? "refused by the probe policy";
    io.stderr(`rdp-fix probe: ${safeDisplayText(why)}`);
    return 2;
  }
  return 0;
}
