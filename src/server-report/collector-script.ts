import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { collectorOneLiner } from "./collector-one-liner.js";

const scriptFile = join("collector", "rdp-fix-collector.ps1");

/**
 * The read-only PowerShell collector shipped with the package (collector/rdp-fix-collector.ps1), found by
 * walking up from this file so it works from the sources, from `dist/` and inside the container image.
 */
export function collectorScriptPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, scriptFile)))
      return join(dir, scriptFile);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find ${scriptFile} next to package.json`);
    dir = parent;
  }
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
