import { execa } from "execa";

/** The external tools the path checks drive, with the Debian package that ships each. */
export const pathTools = { ping: "iputils-ping", tracepath: "iputils-tracepath" } as const;
export type PathToolName = keyof typeof pathTools;

/** How a tool run ended. A missing tool is an answer ("not checked"), not a crash. */
export type PathToolRun =
  | { kind: "ran"; exitCode: number | undefined; stdout: string; stderr: string; timedOut: boolean }
  | { kind: "missing"; tool: PathToolName; debianPackage: string }
  | { kind: "aborted" }
  | { kind: "not-started"; message: string };

export interface PathToolOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Replaces PATH, so tests can show what happens when a tool is not installed. */
  path?: string;
}

export type PathToolRunner = (
  tool: PathToolName,
  args: readonly string[],
  options: PathToolOptions,
) => Promise<PathToolRun>;

/**
 * Runs a tool with an argument array (never a shell string). On timeout or cancel it sends SIGINT, on
 * which ping still prints its statistics, so a slow path yields partial numbers instead of nothing.
 * LC_ALL=C keeps the output in the English the parsers read.
 */
export const runPathTool: PathToolRunner = async (tool, args, options) => {
  if (options.signal?.aborted) return { kind: "aborted" };
  const result = await execa(tool, args, {
    reject: false,
    stdin: "ignore",
    timeout: options.timeoutMs,
    killSignal: "SIGINT",
    forceKillAfterDelay: 1000,
    env: options.path === undefined ? { LC_ALL: "C" } : { LC_ALL: "C", PATH: options.path },
    ...(options.signal ? { cancelSignal: options.signal } : {}),
  });
  if (result.isCanceled) return { kind: "aborted" };
  if (result.code === "ENOENT") return { kind: "missing", tool, debianPackage: pathTools[tool] };
  // No exit code and no signal: the process never ran (EACCES, a broken binary...).
  if (result.exitCode === undefined && !result.isTerminated) {
    return { kind: "not-started", message: result.shortMessage ?? `${tool} did not start` };
  }
  return {
    kind: "ran",
    exitCode: result.exitCode,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
    timedOut: result.timedOut,
  };
};
