import { readFileSync } from "node:fs";
import { collectorOneLiner } from "./collector-one-liner.js";
import { shippedFile } from "./shipped-file.js";

/** The read-only PowerShell collector shipped with the package (collector/rdp-fix-collector.ps1). */
export const collectorFileName = "rdp-fix-collector.ps1";

export function collectorScriptPath(): string {
  return shippedFile("collector", collectorFileName);
}

export function readCollectorScript(): string {
  return readFileSync(collectorScriptPath(), "utf8");
}

let shippedOneLiner: string | undefined;

/** The one line that runs the shipped collector, built once per process (the script does not change). */
export function shippedCollectorOneLiner(): string {
  shippedOneLiner ??= collectorOneLiner(readCollectorScript());
  return shippedOneLiner;
}

/** The shipped collector as "Check the server" hands it out: its file, and the one line that runs it. */
export function shippedCollector() {
  return { name: collectorFileName, script: readCollectorScript(), oneLiner: shippedCollectorOneLiner() };
}
