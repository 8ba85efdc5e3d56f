import path from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { LabSetupError } from "./lab-setup-error.js";
import { requireTool } from "./require-tool.js";

// tsx must resolve from the repository's node_modules, whatever the caller's working directory.
const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export interface RunInNamespaceOptions {
  /** Kills the script after this long; a lab script that hangs is a broken script, not a result. */
  timeoutMs?: number;
}

/**
 * Runs a TypeScript script with `node --import tsx` inside a network namespace and returns the JSON value
 * it printed as the last line of stdout. This is how code under test sees the world from the client side.
 */
export async function runInNamespace<T>(
  netns: string,
  script: string,
  args: readonly string[],
  options: RunInNamespaceOptions = {},
): Promise<T> {
  const ip = requireTool("ip", "iproute2");
  const command = ["netns", "exec", netns, process.execPath, "--import", "tsx", script, ...args];
  const result = await execa(ip, command, {
    cwd: repositoryRoot,
    reject: false,
    stdin: "ignore",
    timeout: options.timeoutMs ?? 30_000,
  });
  const lastLine = result.stdout.trim().split("\n").at(-1) ?? "";
  if (result.failed || lastLine === "") {
    throw new LabSetupError(
      "command-failed",
      `script ${script} in namespace ${netns} failed (${result.shortMessage}):\n${result.stderr}`,
      { cause: result },
    );
  }
  return JSON.parse(lastLine) as T;
}
