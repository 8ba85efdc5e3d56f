import { accessSync, constants } from "node:fs";
import path from "node:path";
import { LabSetupError } from "./lab-setup-error.js";

// Root's PATH includes the sbin directories, but a developer's shell or a CI step may not; xrdp and ip live there.
const systemDirectories = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the absolute path of a system tool, or throws. Lab tests call this in their set-up so a machine
 * without the tool FAILS loudly instead of silently skipping the real-server coverage.
 */
export function requireTool(name: string, debianPackage: string): string {
  const pathDirectories = (process.env.PATH ?? "").split(path.delimiter).filter((dir) => dir !== "");
  for (const dir of [...pathDirectories, ...systemDirectories]) {
    const candidate = path.join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  throw new LabSetupError(
    "tool-missing",
    `${name} is not installed: run scripts/install-system-deps.sh (Debian package ${debianPackage})`,
  );
}
