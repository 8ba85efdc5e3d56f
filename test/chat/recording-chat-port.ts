import type { ChatPort } from "../../src/chat/chat-port.js";
import { readTextCommand } from "../../src/chat/read-text-command.js";
import type { DeliveryAttempt } from "../../src/chat/retry-delivery.js";

/** The made-up platform "chat"'s part of a payload: a channel, and a thread where the work names one. */
export interface ChatPlace {
  channel: string;
  thread?: string;
}

/** A message on "chat": the document's kinds of blocks, enough to see what was posted. */
export type ChatMessage = { blocks: string[] };

/** A port for the made-up platform "chat" (conversation keys `chat:<channel>:<thread>`) that writes down each call. */
export function recordingChatPort(overrides: Partial<ChatPort<ChatPlace, ChatMessage>> = {}) {
  const calls: string[] = [];
  const attempt = (line: string, value: string | undefined): DeliveryAttempt<string | undefined> => ({
    call: async () => {
      calls.push(line);
      return value;
    },
    verdict: () => ({ retry: false }),
  });
  const home = (place: ChatPlace, thread: string) => ({
    conversation: `chat:${place.channel}:${thread}`,
    channels: [`chat:${place.channel}`],
  });
  const port: ChatPort<ChatPlace, ChatMessage> = {
    name: "chat",
    presenter: { commandSyntax: "/rdp-fix <host>", selectOptions: 25, labelLength: 75, optionLength: 75 },
    helpText: "help text",
    pasteReportPrompt: "paste it here",
    actor: (work) => ({ user: work.user, platform: "chat", channel: work.channel }),
    readCommand: (text) =>
      readTextCommand(text, { commandSyntax: "/rdp-fix <host>", person: (words) => words }),
    postRoot: (work, headline) => attempt(`root ${work.user} ${headline}`, "9.9"),
    openConversation: async (place, rootId) => home(place, rootId),
    threadOf: (place) => (place.thread === undefined ? undefined : home(place, place.thread)),
    triageHome: (place) => home(place, place.thread ?? ""),
    channelKey: (place) => `chat:${place.channel}`,
    answerCommand: (_place, text) => {
      const answer = attempt(`answer ${text}`, undefined);
      return { call: async () => void (await answer.call()), verdict: answer.verdict };
    },
    say: async (_place, text) => void calls.push(`say ${text}`),
    tellPrivately: async (work, text) => void calls.push(`tell ${work.user} ${text}`),
    sendCollector: async (_place, _document, sessionId) => void calls.push(`collector ${sessionId}`),
    readStarterText: async () => "it says 0x904",
    render: (document) => ({ blocks: document.blocks.map((block) => block.type) }),
    postOffer: async (place, offer) => void calls.push(`offer ${place.channel} ${offer.blocks.join(",")}`),
    ...overrides,
  };
  return { port, calls };
}
