import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The `flows/` directory shipped with the package. Found by walking up from this file, so it works from the
 * TypeScript sources, from `dist/`, and inside the container image alike.
 */
export function defaultFlowDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "flows"))) return join(dir, "flows");
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the flows/ directory next to package.json");
    dir = parent;
  }
}
