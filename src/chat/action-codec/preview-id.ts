/**
 * A clicked id as an error may quote it: JSON-quoted, so control characters show as escapes, and cut, so a
 * forged megabyte does not fill the log.
 */
export function previewId(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
