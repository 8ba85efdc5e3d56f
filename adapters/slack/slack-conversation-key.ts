/** Sessions live per Slack thread, never per channel or user: everyone in a thread shares one diagnosis. */
export function slackConversationKey(team: string, channel: string, threadTs: string): string {
  return `slack:${team}:${channel}:${threadTs}`;
}

/** The thread a conversation key names, so any replica can speak in it; undefined for a foreign key. */
export function parseSlackConversationKey(
  conversation: string,
): { team: string; channel: string; threadTs: string } | undefined {
  const match = /^slack:([^:]*):([^:]+):([^:]+)$/.exec(conversation);
  if (!match) return undefined;
  const [, team = "", channel = "", threadTs = ""] = match;
  return { team, channel, threadTs };
}

/** The key the latest diagnosis of a channel is remembered under, for `/rdp-fix handoff`. */
export function slackChannelKey(team: string, channel: string): string {
  return `slack:${team}:${channel}`;
}
