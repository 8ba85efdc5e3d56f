import pLimit from "p-limit";

/** Runs `task` once a slot is free and settles as it does. */
export type ConnectionLimiter = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Lets at most `limit` tasks run at once, the rest waiting in order. Sweeps open a connection per TLS version
 * and cipher family; a real listener's accept backlog can be tiny (xrdp's is 2), and a burst beyond it is
 * dropped and retried a second later by the kernel, so a few at a time is both faster and gentler.
 * p-limit hands a freed slot straight to the next waiter, so a newcomer can never overtake it.
 */
export function connectionLimiter(limit: number): ConnectionLimiter {
  const run = pLimit(limit);
  return (task) => run(task);
}
