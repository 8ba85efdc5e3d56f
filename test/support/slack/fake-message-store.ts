/** "user" marks a message a test seeded to stand for what a person typed (the bot cannot post those). */
export type MessageChange = "chat.postMessage" | "chat.update" | "chat.delete" | "response_url" | "user";

export interface MessageContent {
  text: string | undefined;
  blocks: unknown[] | undefined;
}

export interface MessageVersion extends MessageContent {
  via: MessageChange;
  at: number;
}

/** A channel message as it stands now; `history[0]` is how it was first posted. */
export interface FakeMessage extends MessageContent {
  channel: string;
  ts: string;
  /** Set on replies only: the root's ts. */
  threadTs: string | undefined;
  user: string;
  botId: string | undefined;
  deleted: boolean;
  history: MessageVersion[];
}

/** Only the addressed user sees it, and Slack never lets an app edit it through the Web API. */
export interface FakeEphemeral extends MessageContent {
  channel: string;
  user: string | undefined;
  threadTs: string | undefined;
  via: "chat.postEphemeral" | "response_url";
  at: number;
}

export interface NewMessage extends MessageContent {
  channel: string;
  threadTs: string | undefined;
  user: string;
  botId: string | undefined;
  ts?: string;
}

export interface FakeMessageStore {
  readonly messages: readonly FakeMessage[];
  readonly ephemerals: readonly FakeEphemeral[];
  /** Assigns the next ts unless `ts` is given (a seeded user message keeps the ts of its event). */
  post(message: NewMessage, via: MessageChange): FakeMessage;
  /** Undefined when no live message has that channel + ts (Slack's `message_not_found`). */
  update(channel: string, ts: string, content: MessageContent, via: MessageChange): FakeMessage | undefined;
  remove(channel: string, ts: string, via: MessageChange): FakeMessage | undefined;
  addEphemeral(ephemeral: Omit<FakeEphemeral, "at">): FakeEphemeral;
  find(channel: string, ts: string): FakeMessage | undefined;
  /** The root and its replies in ts order; empty when the root is unknown. */
  threadOf(channel: string, ts: string): FakeMessage[];
}

export function createFakeMessageStore(nextTs: () => string): FakeMessageStore {
  const messages: FakeMessage[] = [];
  const ephemerals: FakeEphemeral[] = [];
  const find = (channel: string, ts: string) =>
    messages.find((m) => m.channel === channel && m.ts === ts && !m.deleted);
  return {
    messages,
    ephemerals,
    post({ channel, threadTs, user, botId, text, blocks, ts = nextTs() }, via) {
      const at = Date.now();
      const history = [{ text, blocks, via, at }];
      const message = { channel, ts, threadTs, user, botId, text, blocks, deleted: false, history };
      messages.push(message);
      return message;
    },
    update(channel, ts, { text, blocks }, via) {
      const message = find(channel, ts);
      if (message === undefined) return undefined;
      // chat.update keeps the old text when only blocks change, and vice versa.
      message.text = text ?? message.text;
      message.blocks = blocks ?? message.blocks;
      message.history.push({ text: message.text, blocks: message.blocks, via, at: Date.now() });
      return message;
    },
    remove(channel, ts, via) {
      const message = find(channel, ts);
      if (message === undefined) return undefined;
      message.deleted = true;
      message.history.push({ text: undefined, blocks: undefined, via, at: Date.now() });
      return message;
    },
    addEphemeral(ephemeral) {
      const recorded = { ...ephemeral, at: Date.now() };
      ephemerals.push(recorded);
      return recorded;
    },
    find,
    threadOf(channel, ts) {
      const root = find(channel, ts);
      if (root === undefined) return [];
      const replies = messages.filter((m) => m.channel === channel && m.threadTs === ts && !m.deleted);
      return [root, ...replies.sort((a, b) => compareTs(a.ts, b.ts))];
    },
  };
}

/** Same-length ts strings sort as text, but seconds can differ in length in principle, so compare numerically. */
function compareTs(a: string, b: string): number {
  const [aSec = "0", aMicro = "0"] = a.split(".");
  const [bSec = "0", bMicro = "0"] = b.split(".");
  return Number(aSec) - Number(bSec) || Number(aMicro) - Number(bMicro);
}
