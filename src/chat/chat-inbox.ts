import type { Logger } from "pino";
import { detectRdpFailure } from "../engine/index.js";
import type { Flow } from "../flow/flow-schema.js";
import { findHostInputProblem } from "../runtime/validate-target-input.js";
import { looksLikeServerReport } from "../server-report/looks-like-server-report.js";
import type { ChatCommand } from "./chat-command.js";
import type { ChatPort } from "./chat-port.js";
import type { ChatService } from "./chat-service.js";
import type { ChatWork, ChatWorkKind } from "./chat-work.js";

/** Where a platform's ack can carry words (Slack's), the command's quick answers go with it. */
export interface CommandAck {
  answersWithAck: boolean;
}

/**
 * The one way in for everything people do in chat: the checks that need no work, and one durable insert
 * (`${platform}:${kind}`) that carries the delivery's dedupe keys, so an adapter's listener decodes, calls
 * this, and acks with what it returns (or acks first, where the ack carries no words). Nothing here waits on
 * a platform API: the work runs later on whichever replica is free.
 */
export function chatInbox<P extends object, M>(
  chat: ChatService,
  port: Pick<ChatPort<P, M>, "name" | "helpText" | "channelKey">,
  options: { flow: Flow; logger: Logger },
) {
  /** Whether any of a delivery's keys was seen before: the platform sent it again. */
  const repeated = async (deliveryKeys: readonly string[]) => {
    for (const key of deliveryKeys) if (!(await chat.firstDelivery(key))) return true;
    return false;
  };
  /** Queues the work unless the delivery is a repeat (one write for both); false for a repeat. */
  const queue = <K extends ChatWorkKind>(
    kind: K,
    work: P & ChatWork<M>[K],
    deliveryKeys: readonly string[],
  ) => chat.enqueue(`${port.name}:${kind}`, work, deliveryKeys);

  return {
    /**
     * A command (slash command, mention's words, a platform's options). Resolves with the words to answer
     * with the ack, where the platform's ack carries them; otherwise the queued work answers.
     */
    async command(
      request: ChatCommand,
      work: P & { user: string },
      deliveryKeys: readonly string[],
      ack: CommandAck,
    ): Promise<string | undefined> {
      if (ack.answersWithAck && request.kind === "help") return port.helpText;
      if (ack.answersWithAck && request.kind === "invalid") return request.message;
      if (ack.answersWithAck && request.kind === "handoff") {
        if (await repeated(deliveryKeys)) return undefined;
        if (!(await chat.latestIn(port.channelKey(work)))) return "No diagnosis has run in this channel yet.";
        await queue("handoff", { ...work, ...(request.to ? { to: request.to } : {}) }, []);
        return undefined;
      }
      await queue("command", { ...work, request }, deliveryKeys);
      return undefined;
    },
    click: (work: P & ChatWork<M>["click"], deliveryKeys: readonly string[] = []) =>
      queue("click", work, deliveryKeys),
    mention: (work: P & ChatWork<M>["mention"], deliveryKeys: readonly string[]) =>
      queue("mention", work, deliveryKeys),
    /** A reply that carries a server report (the collector's line or its JSON); false when it is none. */
    async serverReport(work: P & ChatWork<M>["server-report"], deliveryKeys: readonly string[]) {
      if (work.sessionId === undefined && !looksLikeServerReport(work.text)) return false;
      await queue("server-report", work, deliveryKeys);
      return true;
    },
    /** A post in a triage channel: when it reads like an RDP failure, an offer to diagnose goes under it. */
    async triage(text: string, work: P, deliveryKeys: readonly string[]): Promise<void> {
      const report = detectRdpFailure(options.flow, text);
      if (!report) return;
      const host =
        report.host !== undefined && findHostInputProblem(report.host) === undefined
          ? report.host
          : undefined;
      const offer = { matched: [...report.matched], ...(host === undefined ? {} : { host }) };
      if (!(await queue("triage", { ...work, ...offer }, deliveryKeys))) return;
      options.logger.info({ triage: report.matched }, "offering a diagnosis");
    },
  };
}

export type ChatInbox<P extends object, M> = ReturnType<typeof chatInbox<P, M>>;
