import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { unusedLoopbackPort } from "../unused-loopback-port.js";

export interface RunningPostgres {
  /** postgres://postgres:PASSWORD@127.0.0.1:PORT/postgres, the superuser on the maintenance database. */
  url: string;
  password: string;
  /** Stops the server and removes its data directory; safe to call twice. */
  stop(): Promise<void>;
}

const install = "install the postgresql package (scripts/install-system-deps.sh)";

/** Debian's server binaries, newest major version first; tests fail rather than skip without them. */
function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, "bin", "postgres")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (newest === undefined) throw new Error(`PostgreSQL server binaries not found under ${root}: ${install}`);
  return join(root, newest, "bin");
}

function osUser(name: string): { uid: number; gid: number } {
  try {
    const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch (cause) {
    throw new Error(`no "${name}" OS user to run PostgreSQL as: ${install}`, { cause });
  }
}

async function waitUntilReady(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error(`PostgreSQL exited during start-up:\n${output()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`PostgreSQL did not answer within 30 s:\n${output()}`, { cause: error });
    } finally {
      await client.end().catch(() => undefined);
    }
    await sleep(100);
  }
}

/**
 * A throwaway PostgreSQL server for the tests: a fresh cluster in a temp dir, run as the postgres OS user
 * (it refuses root), listening on 127.0.0.1 only, on a free port, its socket in the temp dir. fsync is off:
 * the data dies with the test run anyway.
 */
export async function startPostgres(): Promise<RunningPostgres> {
  const bin = postgresBin();
  const { uid, gid } = osUser("postgres");
  const dir = mkdtempSync(join(tmpdir(), "rdp-fix-postgres-"));
  const data = join(dir, "data");
  const password = randomBytes(18).toString("base64url");
  const pwfile = join(dir, "pwfile");
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  chownSync(dir, uid, gid);
  chownSync(pwfile, uid, gid);
  const asPostgres = {
    uid,
    gid,
    cwd: dir,
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", LANG: "C.UTF-8" },
  };
  try {
    execFileSync(
      join(bin, "initdb"),
      ["-D", data, "-U", "postgres", "--auth=scram-sha-256", `--pwfile=${pwfile}`, "-E", "UTF8", "--no-sync"],
      { ...asPostgres, stdio: "pipe" },
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
    throw new Error(`initdb failed:\n${stderr}`, { cause: error });
  }
  const port = await unusedLoopbackPort();
  // setpriv --pdeathsig: the kernel stops the server when the test run dies without tearing down.
  const settings = [
    "listen_addresses=127.0.0.1",
    `port=${port}`,
    `unix_socket_directories=${dir}`,
    "fsync=off",
  ];
  const server = spawn(
    "setpriv",
    ["--pdeathsig", "SIGINT", join(bin, "postgres"), "-D", data, ...settings.flatMap((s) => ["-c", s])],
    { ...asPostgres, stdio: ["ignore", "pipe", "pipe"] },
  );
  const chunks: string[] = [];
  const keep = (chunk: Buffer) => {
    chunks.push(chunk.toString());
    if (chunks.length > 200) chunks.shift();
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (server.exitCode === null && server.signalCode === null) {
        server.kill("SIGINT"); // fast shutdown: disconnect clients, no checkpoint wait for their work
        const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
        if (!stopped) {
          server.kill("SIGKILL");
          await exited;
        }
      }
      rmSync(dir, { recursive: true, force: true });
    })();
    return stopping;
  };
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  try {
    await waitUntilReady(url, server, () => chunks.join(""));
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, password, stop };
}
