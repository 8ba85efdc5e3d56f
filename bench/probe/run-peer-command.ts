import { execa } from "execa";
import { requireTool } from "../../test/support/lab/require-tool.js";

export interface PeerCommand {
  /** Absolute path of the tool (requireTool). */
  file: string;
  args: readonly string[];
  /** Run inside this network namespace (`ip netns exec`), e.g. the namespace lab's client. */
  netns?: string;
}

export interface PeerOutput {
  ms: number;
  ended: string;
  stdout: string;
  stderr: string;
}

/** Generous: a peer that hangs is measured (and graded on what it printed), not fatal to the bench. */
export const peerTimeoutMs = 60_000;

/** Runs a peer as a user would, args as an array (no shell); every outcome, a hang included, is a result. */
export async function runPeerCommand(command: PeerCommand): Promise<PeerOutput> {
  const [file, args] =
    command.netns === undefined
      ? [command.file, command.args]
      : [requireTool("ip", "iproute2"), ["netns", "exec", command.netns, command.file, ...command.args]];
  const started = performance.now();
  const result = await execa(file, args, { reject: false, timeout: peerTimeoutMs, stdin: "ignore" });
  const ms = Math.round(performance.now() - started);
  const ended = result.timedOut
    ? `timed out after ${peerTimeoutMs / 1000} s`
    : result.exitCode === undefined
      ? `killed (${result.signal ?? "unknown signal"})`
      : `exit ${result.exitCode}`;
  return { ms, ended, stdout: result.stdout, stderr: result.stderr };
}
