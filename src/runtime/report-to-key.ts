import type { ReportTo } from "../state/watch.js";

/** The conversation key a watch reports to: `platform:conversation`, as chat writes its keys. */
export function reportToKey(reportTo: ReportTo): string {
  return `${reportTo.platform}:${reportTo.conversation}`;
}

/** A conversation key as where a watch reports: the platform is the key's first part. */
export function reportToOf(conversation: string): ReportTo {
  const colon = conversation.indexOf(":");
  return { platform: conversation.slice(0, colon), conversation: conversation.slice(colon + 1) };
}
