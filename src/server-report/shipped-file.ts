import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A file shipped beside package.json (the collector script, an adapter's assets), found by walking up from
 * this file, so it works from the sources, from `dist/` and inside the container image.
 */
export function shippedFile(...path: string[]): string {
  const file = join(...path);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, file))) return join(dir, file);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find ${file} next to package.json`);
    dir = parent;
  }
}
