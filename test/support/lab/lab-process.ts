import { setTimeout as sleep } from "node:timers/promises";
import { execa } from "execa";
import { LabSetupError } from "./lab-setup-error.js";
import { requireTool } from "./require-tool.js";

export interface LabProcessExit {
  exitCode: number | undefined;
  signal: string | undefined;
}

/** A long-running lab server (xrdp, Xvfb, freerdp-shadow-cli) that the test owns by pid. */
export interface LabProcess {
  readonly name: string;
  readonly pid: number;
  readonly exited: Promise<LabProcessExit>;
  hasExited(): boolean;
  /** stdout and stderr so far, for error messages and for Xvfb's -displayfd answer. */
  output(): string;
  /** Terminates the whole process group and waits for the leader to exit; safe to call twice. */
  stop(): Promise<void>;
}

export interface StartLabProcessOptions {
  env?: Record<string, string>;
  /** Run inside this network namespace (`ip netns exec` execs the tool, so the pid stays the tool's). */
  netns?: string;
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone, which is what we want.
  }
}

async function terminate(pid: number, exited: Promise<unknown>): Promise<void> {
  killGroup(pid, "SIGTERM");
  const leaderExited = await Promise.race([exited.then(() => true), sleep(2000).then(() => false)]);
  if (!leaderExited) {
    killGroup(pid, "SIGKILL");
    await exited;
  }
  // Connection children may outlive the leader for a moment; they belong to no test any more.
  killGroup(pid, "SIGKILL");
}

export function startLabProcess(
  name: string,
  file: string,
  args: readonly string[],
  options: StartLabProcessOptions = {},
): LabProcess {
  // pdeathsig: the kernel kills the server when the test worker dies, even when it is killed and no afterAll
  // or exit handler runs; a leaked server would hold its port and address for the next run.
  const setpriv = requireTool("setpriv", "util-linux");
  const guarded = ["--pdeathsig", "SIGKILL", file, ...args];
  const [command, commandArgs] = options.netns
    ? [requireTool("ip", "iproute2"), ["netns", "exec", options.netns, setpriv, ...guarded]]
    : [setpriv, guarded];
  // detached puts the server in its own process group, so stop() also reaches the children xrdp forks
  // for each connection.
  const subprocess = execa(command, commandArgs, {
    detached: true,
    cleanup: false,
    stdin: "ignore",
    buffer: false,
    reject: false,
    env: options.env ?? {},
  });
  const pid = subprocess.pid;
  if (pid === undefined) {
    throw new LabSetupError("server-did-not-start", `could not spawn ${name} (${command})`);
  }
  // The tail is enough for error messages; a chatty server must not grow memory for a whole test run.
  const chunks: string[] = [];
  const keep = (chunk: Buffer) => {
    chunks.push(chunk.toString());
    if (chunks.length > 200) chunks.shift();
  };
  subprocess.stdout?.on("data", keep);
  subprocess.stderr?.on("data", keep);
  let done = false;
  let stopping: Promise<void> | undefined;
  const exited = subprocess.then((result) => {
    done = true;
    return { exitCode: result.exitCode, signal: result.signal };
  });

  return {
    name,
    pid,
    exited,
    hasExited: () => done,
    output: () => chunks.join(""),
    // Memoised: a second kill of the same group id later could hit an unrelated group that reused it.
    stop: () => {
      stopping ??= terminate(pid, exited);
      return stopping;
    },
  };
}
