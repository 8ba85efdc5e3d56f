import { writeFile } from "node:fs/promises";
import path from "node:path";
import { requireTool } from "./require-tool.js";
import { runCommand } from "./run-command.js";

/** The one account of the lab's NLA server; xfreerdp `/u:labuser /p:LabPass123!` authenticates. */
export const shadowLabCredentials = { user: "labuser", password: "LabPass123!" } as const;

/** Writes a WinPR SAM file (NTLM hash of the lab account) for `freerdp-shadow-cli /sam-file:`. */
export async function createSamFile(dir: string): Promise<string> {
  const winprHash = requireTool("winpr-hash", "winpr-utils");
  const { user, password } = shadowLabCredentials;
  const line = await runCommand(winprHash, ["-u", user, "-p", password, "-f", "sam"]);
  const samFile = path.join(dir, "lab.sam");
  await writeFile(samFile, `${line.trim()}\n`);
  return samFile;
}
