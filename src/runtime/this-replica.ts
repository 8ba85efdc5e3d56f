import { randomUUID } from "node:crypto";
import { hostname } from "node:os";

/**
 * Who this process is when it holds a lease or a job: unique per start and readable in the store and the
 * logs (host, pid, a random tail), so a restarted process never mistakes its predecessor's leases for its own.
 */
export function newReplicaId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export const replicaId = newReplicaId();
