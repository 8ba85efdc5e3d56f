export type DeadlineEnd = "timeout" | "aborted";

/**
 * Calls `onEnd` once, when `timeoutMs` passes or `signal` aborts, whichever comes first. Returns the function
 * that cancels the watch; every probe calls it as soon as its outcome is known so no timer outlives it.
 */
export function watchDeadline(
  timeoutMs: number,
  signal: AbortSignal | undefined,
  onEnd: (end: DeadlineEnd) => void,
): () => void {
  let ended = false;
  const end = (why: DeadlineEnd) => {
    if (ended) return;
    ended = true;
    cancel();
    onEnd(why);
  };
  const timer = setTimeout(() => end("timeout"), timeoutMs);
  const onAbort = () => end("aborted");
  signal?.addEventListener("abort", onAbort, { once: true });
  const cancel = () => {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  };
  if (signal?.aborted) queueMicrotask(() => end("aborted"));
  return () => {
    ended = true;
    cancel();
  };
}
