import { execa } from "execa";
import { LabSetupError } from "./lab-setup-error.js";

export interface RunCommandOptions {
  cwd?: string;
}

/**
 * Runs a short set-up command (openssl, ip, iptables) with arguments as an array, never through a shell.
 * A failure here means the lab is broken, so it throws with the command line and its stderr.
 */
export async function runCommand(
  file: string,
  args: readonly string[],
  options: RunCommandOptions = {},
): Promise<string> {
  const result = await execa(file, args, { ...options, reject: false, stdin: "ignore" });
  if (result.failed) {
    throw new LabSetupError(
      "command-failed",
      `lab set-up command failed: ${[file, ...args].join(" ")}\n${result.stderr || result.message}`,
      { cause: result },
    );
  }
  return result.stdout;
}
