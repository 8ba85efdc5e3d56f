/** Ids as Teams shapes them: a tenant GUID, AAD object ids, a channel thread id and its message ids. */
export const teamsIds = {
  clientId: "11111111-2222-3333-4444-555555555555",
  tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
  otherTenantId: "00000000-aaaa-bbbb-cccc-000000000000",
  userAad: "aaaaaaaa-0000-4000-8000-000000000001",
  channel: "19:rdpsupport0123456789@thread.tacv2",
  teamId: "19:team0123456789@thread.tacv2",
  rootMessage: "1700000000001",
  personalChat: "a:1personalchat0123456789",
} as const;

interface ActivityOptions {
  serviceUrl: string;
  tenantId?: string;
  /** The message's id; in a channel, a top-level post's id is also its reply chain's root. */
  id?: string;
}

const bot = { id: `28:${teamsIds.clientId}`, name: "rdp-fix" };
const user = { id: "29:1user", name: "Ada Lovelace", aadObjectId: teamsIds.userAad };

/** `@rdp-fix <text>` posted at the top of a channel, as Teams delivers it to the bot. */
export function channelMention(text: string, options: ActivityOptions) {
  const tenantId = options.tenantId ?? teamsIds.tenantId;
  const id = options.id ?? teamsIds.rootMessage;
  return {
    type: "message",
    id,
    timestamp: "2026-12-07T10:00:00.000Z",
    channelId: "msteams",
    serviceUrl: options.serviceUrl,
    from: user,
    recipient: bot,
    conversation: {
      id: `${teamsIds.channel};messageid=${id}`,
      conversationType: "channel",
      isGroup: true,
      tenantId,
    },
    text: `<at>rdp-fix</at> ${text}`,
    textFormat: "plain",
    entities: [{ type: "mention", text: "<at>rdp-fix</at>", mentioned: bot }],
    channelData: {
      tenant: { id: tenantId },
      team: { id: teamsIds.teamId },
      channel: { id: teamsIds.channel },
    },
  };
}
