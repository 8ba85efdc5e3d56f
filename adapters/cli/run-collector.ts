import { collectorOneLiner } from "../../src/server-report/collector-one-liner.js";
import { readCollectorScript } from "../../src/server-report/collector-script.js";
import type { CliIo } from "./cli-io.js";

/**
 * `rdp-fix collector [--one-liner]`: prints the read-only PowerShell collector (to save as a .ps1 and run
 * elevated on the server), or one line that runs it when pasted into an elevated PowerShell.
 */
export function runCollector(command: { oneLiner: boolean }, io: CliIo): number {
  const script = readCollectorScript();
  io.stdout(command.oneLiner ? collectorOneLiner(script) : script.trimEnd());
  return 0;
}
