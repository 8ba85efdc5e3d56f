import { requireTool } from "../../test/support/lab/require-tool.js";
import type { LabEndpoint } from "../../test/support/lab/start-xrdp-lab.js";
import { parseSslscanOutput } from "./parse-sslscan-output.js";
import { runPeerCommand } from "./run-peer-command.js";
import type { ToolRun } from "./tool-run.js";

export function sslscanArgs(endpoint: LabEndpoint): string[] {
  return ["--no-colour", "--rdp", "--show-certificate", `${endpoint.host}:${endpoint.port}`];
}

/**
 * sslscan under `stdbuf -oL`: piped, its stdio buffers whole blocks, so a scan killed on timeout would lose
 * every line a user at a terminal had already read. Line buffering grades it on what it showed.
 */
export async function runSslscan(endpoint: LabEndpoint, netns?: string): Promise<ToolRun> {
  const stdbuf = requireTool("stdbuf", "coreutils");
  const sslscan = requireTool("sslscan", "sslscan");
  const args = ["-oL", sslscan, ...sslscanArgs(endpoint)];
  const output = await runPeerCommand({ file: stdbuf, args, ...(netns ? { netns } : {}) });
  return {
    tool: "sslscan",
    ms: output.ms,
    ended: output.ended,
    answers: parseSslscanOutput(output.stdout),
    raw: output.stdout,
  };
}
