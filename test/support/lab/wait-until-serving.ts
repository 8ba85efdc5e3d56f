import type { LabProcess } from "./lab-process.js";
import { ownsListeningSocket } from "./owns-listening-socket.js";
import { pollUntil } from "./poll-until.js";
import { tcpAccepts } from "./tcp-accepts.js";

export type ServingResult = { kind: "serving" } | { kind: "exited" } | { kind: "timeout" };

export interface ServingTarget {
  process: LabProcess;
  /** host:port pairs the server should accept on. */
  listen: readonly string[];
  /** Set when the server runs in a lab namespace: readiness then comes from /proc only, not by connecting. */
  netns?: string;
  deadlineMs?: number;
}

function splitHostPort(address: string): [string, number] {
  const colon = address.lastIndexOf(":");
  return [address.slice(0, colon), Number(address.slice(colon + 1))];
}

/** Polls until every listen address is served, the process dies (e.g. port taken), or the deadline passes. */
export async function waitUntilServing(target: ServingTarget): Promise<ServingResult> {
  const result = await pollUntil<ServingResult>(
    async () => {
      if (target.process.hasExited()) return { kind: "exited" };
      const ready = await Promise.all(
        target.listen.map(async (address) => {
          const [host, port] = splitHostPort(address);
          if (!(await ownsListeningSocket(target.process.pid, port))) return false;
          // Inside a lab namespace the root namespace has no route, so ownership is the whole check there.
          return target.netns ? true : tcpAccepts(host, port);
        }),
      );
      return ready.every(Boolean) ? { kind: "serving" } : undefined;
    },
    { deadlineMs: target.deadlineMs ?? 5000 },
  );
  return result ?? { kind: "timeout" };
}
