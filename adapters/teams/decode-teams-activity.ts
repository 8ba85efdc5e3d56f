import { z } from "zod";
import { detectRdpFailure, type RdpFailureReport } from "../../src/engine/index.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import type { ChatAction } from "../../src/runtime/chat-action.js";
import { looksLikeServerReport } from "../../src/server-report/looks-like-server-report.js";
import { decodeTeamsCommand, type TeamsCommand } from "./decode-teams-command.js";
import { decodeTeamsAction } from "./teams-action-codec.js";
import { teamsChannelOf, teamsConversationKey } from "./teams-conversation-key.js";
import { teamsPlainText } from "./teams-plain-text.js";

/** Where an activity happened and who did it: enough to answer it and to apply "who may probe". */
export interface TeamsPlace {
  /** The conversation key (teams-conversation-key.ts): a channel's reply chain, or a chat. */
  conversation: string;
  /** Where replies go, from this activity (the token's serviceurl claim vouched for it). */
  serviceUrl: string;
  /** The person's AAD object id (RDP_FIX_PROBE_TEAMS_USERS), or their Teams id when Teams sent none. */
  user: string;
  /** The channel id (RDP_FIX_PROBE_TEAMS_CHANNELS); a reply chain counts as its channel. Absent in chats. */
  channel?: string;
  activityId: string;
}

export type TeamsInput =
  | (Exclude<TeamsCommand, { kind: "invalid" }> & { where: TeamsPlace })
  | { kind: "invalid"; message: string; where: TeamsPlace }
  | { kind: "click"; action: ChatAction; sessionId: string; where: TeamsPlace }
  /** A pasted server report: from the form (with its session) or a message in the conversation. */
  | { kind: "paste"; text: string; sessionId?: string; where: TeamsPlace }
  /** A top-level channel post that reports 0x904 or its family (needs ChannelMessage.Read.Group). */
  | { kind: "triage"; report: RdpFailureReport; where: TeamsPlace }
  | { kind: "ignore"; why: string };

const account = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
});
const activityShape = z.looseObject({
  type: z.string(),
  id: z.string().optional(),
  name: z.string().optional(),
  serviceUrl: z.string(),
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

/**
 * A verified Teams activity as the platform-neutral input the chat core takes, the same as the Slack and
 * Discord decoders give. Pure and total: anything unexpected is `ignore` or `invalid`, never an exception.
 */
export function decodeTeamsActivity(raw: unknown, flow: Flow): TeamsInput {
  const parsed = activityShape.safeParse(raw);
  if (!parsed.success) return { kind: "ignore", why: "not an activity this bot reads" };
  const activity = parsed.data;
  if (activity.from.id === activity.recipient.id) return { kind: "ignore", why: "the bot's own message" };
  const id = activity.id ?? "";
  const inChannel = activity.conversation.conversationType === "channel";
  const channelId = teamsChannelOf(activity.conversation.id);
  const threadRoot = /;messageid=(\d+)/.exec(activity.conversation.id)?.[1];
  // A top-level post starts its own reply chain; anything else stays in the chain it came from.
  const root = inChannel ? (threadRoot ?? id) : undefined;
  const where: TeamsPlace = {
    conversation: teamsConversationKey(activity.conversation.id, root),
    serviceUrl: activity.serviceUrl,
    user: activity.from.aadObjectId ?? activity.from.id,
    ...(inChannel ? { channel: activity.channelData?.channel?.id ?? channelId } : {}),
    activityId: id,
  };

  const card =
    activity.type === "invoke" && activity.name === "adaptiveCard/action"
      ? z.looseObject({ action: z.looseObject({ data: z.unknown() }) }).safeParse(activity.value).data?.action
          .data
      : activity.type === "message" && activity.value !== undefined
        ? activity.value
        : undefined;
  if (card !== undefined) {
    const decoded = decodeTeamsAction(card);
    if (decoded.kind === "error")
      return { kind: "invalid", message: `That button did not work: ${decoded.error}.`, where };
    return decoded.kind === "click"
      ? { kind: "click", action: decoded.action, sessionId: decoded.sessionId, where }
      : { kind: "paste", text: decoded.text, sessionId: decoded.sessionId, where };
  }
  if (activity.type !== "message" || activity.text === undefined)
    return { kind: "ignore", why: `a ${activity.type} activity` };

  const botMentions = (activity.entities ?? []).flatMap((e) =>
    e.type === "mention" && e.mentioned?.id === activity.recipient.id && e.text ? [e.text] : [],
  );
  const text = teamsPlainText(activity.text, botMentions);
  const inReplyChain = inChannel && threadRoot !== undefined && threadRoot !== id;
  if (looksLikeServerReport(text) && (!inChannel || inReplyChain || botMentions.length > 0))
    return { kind: "paste", text, where };
  const personal = activity.conversation.conversationType === "personal";
  if (personal || botMentions.length > 0) return { ...decodeTeamsCommand(text), where };
  if (!inChannel || inReplyChain) return { kind: "ignore", why: "a message not addressed to the bot" };
  const report = detectRdpFailure(flow, text);
  return report
    ? { kind: "triage", report, where }
    : { kind: "ignore", why: "a channel post about something else" };
}
