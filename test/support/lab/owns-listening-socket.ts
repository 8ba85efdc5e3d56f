import { readdir, readFile, readlink } from "node:fs/promises";

const tcpListenState = "0A";

async function socketInodes(pid: number): Promise<Set<string>> {
  const fds = await readdir(`/proc/${pid}/fd`).catch(() => []);
  const links = await Promise.all(fds.map((fd) => readlink(`/proc/${pid}/fd/${fd}`).catch(() => "")));
  return new Set(links.flatMap((link) => /^socket:\[(\d+)\]$/.exec(link)?.[1] ?? []));
}

/**
 * True when process `pid` itself holds a TCP socket listening on `port`. A successful connect alone is not
 * proof: a stranger that grabbed the "free" port first would answer too. /proc/PID/net/tcp shows the
 * process's own network namespace, so this also works for servers inside a lab namespace, without
 * sending traffic from the root namespace (which has no route there, by design).
 */
export async function ownsListeningSocket(pid: number, port: number): Promise<boolean> {
  const [inodes, ...tables] = await Promise.all([
    socketInodes(pid),
    ...["tcp", "tcp6"].map((table) => readFile(`/proc/${pid}/net/${table}`, "utf8").catch(() => "")),
  ]);
  const portHex = port.toString(16).toUpperCase().padStart(4, "0");
  return tables
    .flatMap((table) => table.split("\n").slice(1))
    .some((line) => {
      // Columns: sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ...
      const columns = line.trim().split(/\s+/);
      const [, local, , state] = columns;
      const inode = columns[9] ?? "";
      return state === tcpListenState && local?.endsWith(`:${portHex}`) === true && inodes.has(inode);
    });
}
