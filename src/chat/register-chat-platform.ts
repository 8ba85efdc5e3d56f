import type { Logger } from "pino";
import type { Flow } from "../flow/flow-schema.js";
import type { Metrics } from "../runtime/metrics.js";
import { chatInbox } from "./chat-inbox.js";
import type { ChatPort } from "./chat-port.js";
import type { ChatService } from "./chat-service.js";
import { registerChatWork } from "./chat-work-handlers.js";
import { type FitDocument, fittedThreadPort, type ThreadDelivery } from "./fitted-thread-port.js";
import type { ProbePermissionRule } from "./probe-permission.js";

/** A platform as its adapter hands it over: the use cases' port, and how it shows and delivers a reply. */
export interface ChatPlatformParts<P extends object, M> {
  port: ChatPort<P, M>;
  fit: FitDocument<M>;
  /** Posting and editing in the conversation a key names; undefined for a key that is not this platform's. */
  thread(conversation: string): ThreadDelivery<M> | undefined;
  /** Who may probe from this platform; without a rule, anyone may. */
  probePermission?: ProbePermissionRule;
  /** Chat APIs limit edits (Slack about 50 a minute); progress edits are spaced by this much. */
  progressIntervalMs?: number;
}

export interface RegisterChatPlatformDeps {
  chat: ChatService;
  flow: Flow;
  /** Already says which platform; each conversation's sender adds which conversation. */
  logger: Logger;
  metrics?: Metrics | undefined;
}

/**
 * Everything a platform registers on the chat service, done the same way for each: its senders (one per
 * conversation key, so any replica can speak in any conversation), its queued work, and the inbox its
 * listeners hand what people do to. Before the service starts.
 */
export function registerChatPlatform<P extends object, M>(
  parts: ChatPlatformParts<P, M>,
  deps: RegisterChatPlatformDeps,
) {
  const { port } = parts;
  const { chat, logger } = deps;
  deps.chat.registerPlatform({
    name: port.name,
    commandSyntax: port.presenter.commandSyntax,
    ...(parts.probePermission ? { probePermission: parts.probePermission } : {}),
    senderFor: (conversation) => {
      const delivery = parts.thread(conversation);
      if (!delivery) throw new Error(`not a ${port.name} conversation: ${conversation}`);
      return chat.senderOn(fittedThreadPort(port.presenter, parts.fit, delivery), {
        logger: logger.child({ conversation }),
        progressIntervalMs: parts.progressIntervalMs ?? 1200,
        conversation,
      });
    },
    postDocument: async (conversation, document) => {
      const delivery = parts.thread(conversation);
      if (!delivery) return false;
      for (const message of parts.fit(document, undefined)) {
        const outcome = await delivery.post(message);
        if (!outcome.posted) {
          logger.warn(
            { err: outcome.error, conversation },
            "a message belonging to no diagnosis was not posted",
          );
          return false;
        }
      }
      return true;
    },
  });
  registerChatWork(port, { chat, logger, metrics: deps.metrics });
  return chatInbox<P, M>(chat, port, { flow: deps.flow, logger });
}
