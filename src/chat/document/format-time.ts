/** An ISO instant as a compact UTC time: 2026-11-21 09:00:05Z. */
export function formatTime(iso: string): string {
  return iso.replace("T", " ").replace(/\.\d+Z$/, "Z");
}
