/** Sessions live per Slack thread, never per channel or user: everyone in a thread shares one diagnosis. */
export function slackConversationKey(team: string, channel: string, threadTs: string): string {
  return `slack:${team}:${channel}:${threadTs}`;
}
