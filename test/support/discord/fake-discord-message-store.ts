import type { APIEmbed, APIMessageReference, APIMessageTopLevelComponent, APIUser } from "discord.js";
import { nextSnowflake, timestampOfSnowflake } from "./next-snowflake.js";
import type { MessagePatch } from "./parse-message-body.js";

/** What made a message change: the REST route family, or a gateway dispatch for a person's message. */
export type MessageChange =
  | "user-message"
  | "component-payload"
  | "channel-post"
  | "channel-edit"
  | "callback"
  | "edit-original"
  | "follow-up"
  | "webhook-edit"
  | "delete";

export interface MessageContent {
  content: string;
  embeds: APIEmbed[];
  components: APIMessageTopLevelComponent[];
  flags: number;
}

export interface MessageVersion extends MessageContent {
  via: MessageChange;
  at: number;
}

/** A message as it stands now; `history[0]` is how it was first posted. */
export interface FakeDiscordMessage extends MessageContent {
  id: string;
  channelId: string;
  guildId: string | undefined;
  author: APIUser;
  /** Discord's MessageType: 0 default, 19 reply, 20 slash-command response. */
  type: number;
  /**
   * "bot": sent with the bot token; "interaction": an interaction's @original or a follow-up; "user": a
   * dispatched MESSAGE_CREATE; "payload": known only from a component interaction's `message`.
   */
  source: "bot" | "interaction" | "user" | "payload";
  interactionId: string | undefined;
  messageReference: APIMessageReference | undefined;
  attachments: string[];
  timestamp: string;
  editedTimestamp: string | null;
  deleted: boolean;
  history: MessageVersion[];
}

export type NewMessage = Pick<FakeDiscordMessage, "channelId" | "guildId" | "author" | "type" | "source"> &
  Partial<Pick<FakeDiscordMessage, "id" | "interactionId" | "messageReference" | "attachments">> &
  MessagePatch;

export interface FakeDiscordMessageStore {
  readonly messages: readonly FakeDiscordMessage[];
  /** Mints the next snowflake unless `id` is given (a dispatched message keeps its own). */
  add(message: NewMessage, via: MessageChange): FakeDiscordMessage;
  /** Live messages only. */
  find(id: string): FakeDiscordMessage | undefined;
  /** `edited` is false when a deferred reply gets its first content: Discord shows that as no edit. */
  update(message: FakeDiscordMessage, patch: MessagePatch, via: MessageChange, edited?: boolean): void;
  remove(message: FakeDiscordMessage): void;
}

export function createFakeDiscordMessageStore(): FakeDiscordMessageStore {
  const messages: FakeDiscordMessage[] = [];
  const version = (m: MessageContent, via: MessageChange): MessageVersion => ({
    content: m.content,
    embeds: m.embeds,
    components: m.components,
    flags: m.flags,
    via,
    at: Date.now(),
  });
  return {
    messages,
    add(message, via) {
      const id = message.id ?? nextSnowflake();
      const stored: FakeDiscordMessage = {
        interactionId: undefined,
        messageReference: undefined,
        attachments: [],
        ...message,
        id,
        content: message.content ?? "",
        embeds: message.embeds ?? [],
        components: message.components ?? [],
        flags: message.flags ?? 0,
        timestamp: timestampOfSnowflake(id),
        editedTimestamp: null,
        deleted: false,
        history: [],
      };
      stored.history.push(version(stored, via));
      messages.push(stored);
      return stored;
    },
    find: (id) => messages.find((m) => m.id === id && !m.deleted),
    update(message, patch, via, edited = true) {
      Object.assign(message, patch);
      if (edited) message.editedTimestamp = new Date().toISOString();
      message.history.push(version(message, via));
    },
    remove(message) {
      message.deleted = true;
      message.history.push({ ...version(message, "delete"), content: "", embeds: [], components: [] });
    },
  };
}
