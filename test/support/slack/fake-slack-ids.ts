/**
 * The one workspace every Slack fake and payload builder agrees on. Bolt drops events from its own bot
 * (ignoreSelf), so tests that want a listener to fire must use `userId`, never `botUserId`.
 */
export const fakeSlackIds = {
  teamId: "T1",
  teamDomain: "fake-team",
  appId: "A1",
  botId: "B1",
  botUserId: "U_BOT",
  userId: "U1",
  userName: "alice",
  channelId: "C1",
  channelName: "it-help",
  /** The legacy verification token Slack still puts in every payload; Bolt ignores it. */
  verificationToken: "fake-verification-token",
} as const;
