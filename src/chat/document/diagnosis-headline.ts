/**
 * What the message a diagnosis's conversation hangs off says after the person's mention, on every platform
 * (a platform may add what only it has, as Slack's pointer to its thread).
 */
export function diagnosisHeadline(host: string): string {
  return `started a Remote Desktop diagnosis of \`${host}\`.`;
}
