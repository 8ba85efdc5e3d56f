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
  // On stderr, so that `rdp-fix collector > rdp-fix-collector.ps1` saves the script and nothing else.
  io.stderr(
    command.oneLiner
      ? "Paste this into an elevated Windows PowerShell on the server; it reads and changes nothing. Paste the RDPFIX1: line it prints back into the conversation."
      : "Save this as rdp-fix-collector.ps1 and run it in an elevated Windows PowerShell on the server; it reads and changes nothing. Paste the RDPFIX1: line it prints back into the conversation, or pass it with --evidence FILE.",
  );
  return 0;
}
