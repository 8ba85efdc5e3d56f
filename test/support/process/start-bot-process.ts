import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";

const root = join(import.meta.dirname, "..", "..", "..");

export interface BotProcess {
  readonly logs: ReadonlyArray<Record<string, unknown>>;
  readonly stderr: string;
  /** Resolves with the first log line that satisfies the predicate (already written, or to come). */
  waitForLog(
    predicate: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  /** Sends the signal and resolves when the process has exited. */
  kill(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * `rdp-fix serve` as its own process, as an operator runs it (bin/cli.ts under tsx), with only the given
 * environment and PATH: what a SIGKILL or a second replica does is tested for real, not simulated.
 * Resolves once it logged "serving".
 */
export async function startBotProcess(
  env: Record<string, string>,
  readyTimeoutMs = 20_000,
): Promise<BotProcess> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "bin/cli.ts", "serve"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Array<Record<string, unknown>> = [];
  const waiters = new Set<() => void>();
  let stderr = "";
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      exit = { code, signal };
      resolve(exit);
      for (const wake of waiters) wake();
    }),
  );
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  if (child.stdout) {
    createInterface({ input: child.stdout }).on("line", (line) => {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ msg: line });
      }
      for (const wake of waiters) wake();
    });
  }

  const waitForLog = (predicate: (line: Record<string, unknown>) => boolean, timeoutMs = 20_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const check = () => {
        const found = logs.find(predicate);
        if (found) return finish(() => resolve(found));
        if (exit)
          return finish(() =>
            reject(
              new Error(`the bot exited (${JSON.stringify(exit)}) before the log line came:\n${stderr}`),
            ),
          );
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`no such log line within ${timeoutMs} ms:\n${stderr}`))),
        timeoutMs,
      );
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        settle();
      };
      waiters.add(check);
      check();
    });

  try {
    await waitForLog((line) => line.msg === "serving", readyTimeoutMs);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    logs,
    get stderr() {
      return stderr;
    },
    waitForLog,
    kill: async (signal) => {
      if (!exit) child.kill(signal);
      return exited;
    },
  };
}
