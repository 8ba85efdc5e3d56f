import { writeFile } from "node:fs/promises";
import type { CliDependencies } from "./cli-dependencies.js";
import type { CliIo } from "./cli-io.js";

/** `rdp-fix teams package [--out FILE]`: exit 2 for configuration problems, 1 when the file cannot be written. */
export async function runTeamsPackage(out: string, io: CliIo, deps: CliDependencies): Promise<number> {
  if (!deps.teamsAppPackage) {
    io.stderr("rdp-fix teams package: Teams is not part of this build.");
    return 1;
  }
  const built = deps.teamsAppPackage();
  if (!built.ok) {
    io.stderr(`rdp-fix teams package: the environment is not ready:\n- ${built.problems.join("\n- ")}`);
    return 2;
  }
  try {
    await writeFile(out, built.zip);
  } catch (error) {
    io.stderr(
      `rdp-fix teams package: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  io.stdout(
    `Wrote ${out}: upload it in Teams (Apps > Manage your apps > Upload an app) or the Teams admin center.`,
  );
  return 0;
}
