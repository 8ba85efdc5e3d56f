import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { processExists } from "./process-exists.js";

export type LabDirKind = "xrdp-lab" | "shadow-lab" | "netns-lab";

const labDirPattern = /^rdpfix-(?:xrdp-lab|shadow-lab|netns-lab)-(\d+)-\w{6}$/;

/**
 * A fresh temp dir named after the creating pid. Teardown removes it; when a killed test worker could not,
 * the next lab run recognises the dead pid and removes the leftover instead.
 */
export async function makeLabDir(kind: LabDirKind): Promise<string> {
  const tmp = os.tmpdir();
  const entries = await readdir(tmp).catch(() => []);
  const stale = entries.filter((entry) => {
    const pid = labDirPattern.exec(entry)?.[1];
    return pid !== undefined && !processExists(Number(pid));
  });
  await Promise.all(stale.map((entry) => rm(path.join(tmp, entry), { recursive: true, force: true })));
  return mkdtemp(path.join(tmp, `rdpfix-${kind}-${process.pid}-`));
}
