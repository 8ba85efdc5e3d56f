import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  Message,
  ModalSubmitInteraction,
  StringSelectMenuInteraction,
} from "discord.js";
import type { Logger } from "pino";
import type { ChatService } from "../../src/chat/chat-service.js";
import { detectRdpFailure } from "../../src/engine/index.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import { findHostInputProblem } from "../../src/runtime/validate-target-input.js";
import { decodeDiscordCommand } from "./decode-discord-command.js";
import { decodeDiscordComponent } from "./decode-discord-component.js";
import { type DiscordWork, type DiscordWorkKind, webhookOf } from "./discord-work.js";
import { memberRoles } from "./member-roles.js";
import { renderDiscordTriageOffer } from "./render-discord-triage-offer.js";
import { serverReportFieldId, serverReportModal, sessionOfServerReportModal } from "./server-report-modal.js";

export interface DiscordInteractionDeps {
  chat: ChatService;
  flow: Flow;
  logger: Logger;
  /** knownFlowIds of the flow: reads ids that travel hashed in custom_ids. */
  knownIds: Iterable<string>;
  triageChannels: readonly string[];
  /** Answers Discord within its 3 seconds (a deferral or the paste form) and times it. */
  acked: (response: Promise<unknown>, arrivedAt: number) => Promise<void>;
  enqueue: <K extends DiscordWorkKind>(kind: K, work: DiscordWork[K]) => Promise<void>;
}

/**
 * What the gateway replica does with each interaction and message: answer Discord at once, then queue the
 * work as plain JSON for whichever replica is free. Types only from discord.js; discord-app.ts wires it up.
 */
export function discordInteractions(deps: DiscordInteractionDeps) {
  const { chat, flow, logger, knownIds, acked, enqueue } = deps;

  const onCommand = async (interaction: ChatInputCommandInteraction, arrivedAt: number) => {
    await acked(interaction.deferReply(), arrivedAt);
    const request = decodeDiscordCommand({
      commandName: interaction.commandName,
      options: interaction.options.data,
    });
    await enqueue("discord:command", {
      webhook: webhookOf(interaction),
      channelId: interaction.channelId,
      user: interaction.user.id,
      roles: memberRoles(interaction),
      request,
    });
  };

  const onComponent = async (
    interaction: ButtonInteraction | StringSelectMenuInteraction,
    arrivedAt: number,
  ) => {
    const values = interaction.isStringSelectMenu() ? interaction.values : undefined;
    const decoded = decodeDiscordComponent(
      {
        customId: interaction.customId,
        ...(values ? { values } : {}),
        user: interaction.user,
        channelId: interaction.channelId,
      },
      knownIds,
    );
    // The paste form must be the interaction's first answer; every other click is deferred at once.
    const form =
      "error" in decoded || decoded.action.kind !== "paste-server-report"
        ? undefined
        : serverReportModal(decoded.sessionId);
    if (form) return acked(interaction.showModal(form), arrivedAt);
    await acked(interaction.deferUpdate(), arrivedAt);
    if ("error" in decoded) return logger.warn({ error: decoded.error }, "undecodable Discord component");
    await enqueue("discord:click", {
      webhook: webhookOf(interaction),
      channelId: decoded.channel,
      messageId: interaction.message.id,
      user: decoded.user,
      roles: memberRoles(interaction),
      homeChannelId: interaction.channel?.isThread()
        ? (interaction.channel.parentId ?? decoded.channel)
        : decoded.channel,
      sessionId: decoded.sessionId,
      action: decoded.action,
    });
  };

  /** A pasted server report: deferred at once, read and checked by whichever replica takes the work. */
  const onModalSubmit = async (interaction: ModalSubmitInteraction, arrivedAt: number) => {
    await acked(interaction.deferUpdate(), arrivedAt);
    const sessionId = sessionOfServerReportModal(interaction.customId);
    if (sessionId === undefined || interaction.channelId === null)
      return logger.warn({ customId: interaction.customId }, "undecodable Discord form");
    await enqueue("discord:server-report", {
      webhook: webhookOf(interaction),
      channelId: interaction.channelId,
      user: interaction.user.id,
      roles: memberRoles(interaction),
      sessionId,
      text: interaction.fields.getTextInputValue(serverReportFieldId),
    });
  };

  const onMessage = async (message: Message, triageActive: boolean) => {
    if (
      !triageActive ||
      message.author.bot ||
      message.system ||
      !deps.triageChannels.includes(message.channelId)
    )
      return;
    const report = detectRdpFailure(flow, message.content);
    if (!report || !(await chat.firstDelivery(`discord:message:${message.id}`))) return;
    const host =
      report.host !== undefined && findHostInputProblem(report.host) === undefined ? report.host : undefined;
    logger.info({ triage: report.matched, channel: message.channelId }, "offering a diagnosis");
    const offer = renderDiscordTriageOffer(report, host);
    await enqueue("discord:triage", { channelId: message.channelId, messageId: message.id, offer });
  };

  return { onCommand, onComponent, onModalSubmit, onMessage };
}
