import { requireTool } from "../../test/support/lab/require-tool.js";
import type { LabEndpoint } from "../../test/support/lab/start-xrdp-lab.js";
import { parseNmapOutput } from "./parse-nmap-output.js";
import { runPeerCommand } from "./run-peer-command.js";
import type { ToolRun } from "./tool-run.js";

/**
 * What a user types to enumerate RDP security and TLS with nmap. No -sV: it costs ~25 s, and
 * rdp-enum-encryption only runs on port 3389 without it (so every target listens on 3389).
 */
export function nmapArgs(host: string): string[] {
  return ["-Pn", "-n", "-p", "3389", "--script", "rdp-enum-encryption,ssl-enum-ciphers,ssl-cert", host];
}

export async function runNmap(endpoint: LabEndpoint, netns?: string): Promise<ToolRun> {
  if (endpoint.port !== 3389) throw new Error(`nmap peer needs port 3389, got ${endpoint.port}`);
  const file = requireTool("nmap", "nmap");
  const output = await runPeerCommand({ file, args: nmapArgs(endpoint.host), ...(netns ? { netns } : {}) });
  return {
    tool: "nmap",
    ms: output.ms,
    ended: output.ended,
    answers: parseNmapOutput(output.stdout),
    raw: output.stdout,
  };
}
