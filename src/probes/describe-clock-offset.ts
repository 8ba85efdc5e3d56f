/** How far the server's clock is off: `-400` -> "within 1 s of ours", `452000` -> "7 min 32 s ahead of ours". */
export function describeClockOffset(offsetMs: number): string {
  const seconds = Math.round(Math.abs(offsetMs) / 1000);
  if (seconds === 0) return "within 1 s of ours";
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const parts = [
    days > 0 && `${days} d`,
    hours > 0 && `${hours} h`,
    minutes > 0 && `${minutes} min`,
    days === 0 && seconds % 60 > 0 && `${seconds % 60} s`,
  ].filter((part): part is string => typeof part === "string");
  return `${parts.join(" ")} ${offsetMs > 0 ? "ahead of" : "behind"} ours`;
}
