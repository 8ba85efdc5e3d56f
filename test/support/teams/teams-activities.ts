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

/** A message in a channel post's reply chain, not mentioning the bot (the bot reads it with RSC). */
export function replyInChain(text: string, options: ActivityOptions) {
  const post = channelMention("", options);
  return {
    ...post,
    id: options.id ?? "1700000000099",
    conversation: { ...post.conversation, id: `${teamsIds.channel};messageid=${teamsIds.rootMessage}` },
    text,
    entities: [],
  };
}

/** A top-level channel post that does not mention the bot (the bot reads it with RSC). */
export function channelPost(text: string, options: ActivityOptions) {
  return { ...channelMention("", options), text, entities: [] };
}

/** A message in the person's 1:1 chat with the bot. */
export function personalMessage(text: string, options: ActivityOptions) {
  const tenantId = options.tenantId ?? teamsIds.tenantId;
  return {
    type: "message",
    id: options.id ?? "1700000000200",
    channelId: "msteams",
    serviceUrl: options.serviceUrl,
    from: user,
    recipient: bot,
    conversation: { id: teamsIds.personalChat, conversationType: "personal", tenantId },
    text,
    channelData: { tenant: { id: tenantId } },
  };
}

/** A click on an Action.Execute button of a card the bot posted in the reply chain. */
export function cardExecute(data: unknown, options: ActivityOptions) {
  const chain = replyInChain("", options);
  const { text: _text, entities: _entities, ...rest } = chain;
  return {
    ...rest,
    type: "invoke",
    name: "adaptiveCard/action",
    value: { action: { type: "Action.Execute", verb: "rdpfix", data }, trigger: "manual" },
  };
}

/** A click on an Action.Submit button: a message with `value` (the data merged with the card's inputs). */
export function cardSubmit(value: unknown, options: ActivityOptions) {
  const { text: _text, entities: _entities, ...rest } = replyInChain("", options);
  return { ...rest, value };
}
