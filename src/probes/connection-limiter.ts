/**
 * Lets at most `limit` tasks run at once, the rest waiting in order. Sweeps open a connection per TLS version
 * and cipher family; a real listener's accept backlog can be tiny (xrdp's is 2), and a burst beyond it is
 * dropped and retried a second later by the kernel, so a few at a time is both faster and gentler.
 */
export function connectionLimiter(limit: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}

export type ConnectionLimiter = ReturnType<typeof connectionLimiter>;
