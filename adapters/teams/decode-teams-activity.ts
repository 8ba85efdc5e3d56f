import { z } from "zod";
import type { ChatAction } from "../../src/runtime/chat-action.js";
import { decodeTeamsAction } from "./teams-action-codec.js";
import { teamsChannelOf, teamsConversationKey } from "./teams-conversation-key.js";
import { teamsPlainText } from "./teams-plain-text.js";

/** Teams' part of a queued work payload: where it happened (the key routes the replies) and who did it. */
export interface TeamsPlace {
  /** The conversation key (teams-conversation-key.ts): a channel's reply chain, or a chat, and its serviceUrl. */
  conversation: string;
  /** The person's AAD object id (RDP_FIX_PROBE_TEAMS_USERS), or their Teams id when Teams sent none. */
  user: string;
  /** The channel id (RDP_FIX_PROBE_TEAMS_CHANNELS); a reply chain counts as its channel. Absent in chats. */
  channel?: string;
  activityId: string;
  /** The words of the post a triage offer answered, carried on its button: Teams' API cannot read them back. */
  starter?: string;
}

export type TeamsInput =
  /**
   * A message's words: `bot` addressed to the bot (a mention, or a personal chat), `chain` a reply in a
   * chain or a group chat (read only for a pasted report), `channel` a top-level channel post (triage).
   */
  | { kind: "message"; text: string; to: "bot" | "chain" | "channel"; inChain: boolean; where: TeamsPlace }
  | { kind: "click"; action: ChatAction; sessionId: string; where: TeamsPlace }
  /** A server report from the card's form, with its session. */
  | { kind: "paste"; text: string; sessionId: string; where: TeamsPlace }
  | { kind: "invalid"; message: string; where: TeamsPlace }
  | { kind: "ignore"; why: string };

const account = z.looseObject({ id: z.string(), aadObjectId: z.string().optional() });
const activityShape = z.looseObject({
  type: z.string(),
  id: z.string().optional(),
  name: z.string().optional(),
  serviceUrl: z.string().regex(/^https?:\/\/\S+$/),
  from: account,
  recipient: account,
  conversation: z.looseObject({ id: z.string(), conversationType: z.string().optional() }),
  text: z.string().optional(),
  value: z.unknown().optional(),
  entities: z
    .array(z.looseObject({ type: z.string(), text: z.string().optional(), mentioned: account.optional() }))
    .optional(),
  channelData: z.looseObject({ channel: z.looseObject({ id: z.string() }).optional() }).optional(),
});
const executeShape = z.looseObject({ action: z.looseObject({ data: z.unknown() }) });

/**
 * A verified Teams activity as what the shared inbox takes. Pure and total: anything unexpected is `ignore`
 * or `invalid`, never an exception.
 */
export function decodeTeamsActivity(raw: unknown): TeamsInput {
  const activity = activityShape.safeParse(raw).data;
  if (activity === undefined) return { kind: "ignore", why: "not an activity this bot reads" };
  if (activity.from.id === activity.recipient.id) return { kind: "ignore", why: "the bot's own message" };
  const id = activity.id ?? "";
  const inChannel = activity.conversation.conversationType === "channel";
  const threadRoot = /;messageid=(\d+)/.exec(activity.conversation.id)?.[1];
  // A top-level post starts its own reply chain; anything else stays in the chain it came from.
  const root = inChannel ? (threadRoot ?? id) : undefined;
  const where: TeamsPlace = {
    conversation: teamsConversationKey(activity.conversation.id, activity.serviceUrl, root),
    user: activity.from.aadObjectId ?? activity.from.id,
    ...(inChannel
      ? { channel: activity.channelData?.channel?.id ?? teamsChannelOf(activity.conversation.id) }
      : {}),
    activityId: id,
  };

  const card =
    activity.type === "invoke" && activity.name === "adaptiveCard/action"
      ? executeShape.safeParse(activity.value).data?.action.data
      : activity.type === "message" && activity.value !== undefined
        ? activity.value
        : undefined;
  if (card !== undefined) {
    const decoded = decodeTeamsAction(card);
    if (decoded.kind === "error")
      return { kind: "invalid", message: `That button did not work: ${decoded.error}.`, where };
    if (decoded.kind === "paste") return { ...decoded, where };
    const { starter, ...click } = decoded;
    return { ...click, where: starter === undefined ? where : { ...where, starter } };
  }
  if (activity.type !== "message" || activity.text === undefined)
    return { kind: "ignore", why: `a ${activity.type} activity` };

  const botMentions = (activity.entities ?? []).flatMap((e) =>
    e.type === "mention" && e.mentioned?.id === activity.recipient.id && e.text ? [e.text] : [],
  );
  const text = teamsPlainText(activity.text, botMentions);
  const inChain = inChannel && threadRoot !== undefined && threadRoot !== id;
  const personal = activity.conversation.conversationType === "personal";
  const to = personal || botMentions.length > 0 ? "bot" : inChannel && !inChain ? "channel" : "chain";
  return { kind: "message", text, to, inChain, where };
}
