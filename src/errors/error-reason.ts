/**
 * One line that says why something failed, for a finding, a log field or the store: the error's name and
 * message, its stable `code` when it has one, cut at `maxLength`. Never the stack: that belongs to the log.
 */
export function errorReason(error: unknown, maxLength: number): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const reason = typeof code === "string" && !message.includes(code) ? `${message} (${code})` : message;
  return reason.length > maxLength ? `${reason.slice(0, maxLength)}...` : reason;
}
