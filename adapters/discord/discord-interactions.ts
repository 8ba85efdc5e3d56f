import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  Message,
  ModalSubmitInteraction,
  StringSelectMenuInteraction,
} from "discord.js";
import type { Logger } from "pino";
import type { ChatInbox } from "../../src/chat/chat-inbox.js";
import { decodeDiscordCommand } from "./decode-discord-command.js";
import { decodeDiscordComponent } from "./decode-discord-component.js";
import type { DiscordPlace } from "./discord-chat-port.js";
import type { DiscordMessage } from "./discord-message.js";
import { webhookOf } from "./discord-rest-api.js";
import { memberRoles } from "./member-roles.js";
import { serverReportFieldId, serverReportModal, sessionOfServerReportModal } from "./server-report-modal.js";

export interface DiscordInteractionDeps {
  inbox: ChatInbox<DiscordPlace, DiscordMessage>;
  logger: Logger;
  /** knownFlowIds of the flow: reads ids that travel hashed in custom_ids. */
  knownIds: Iterable<string>;
  triageChannels: readonly string[];
  /** Answers Discord within its 3 seconds (a deferral or the paste form) and times it. */
  acked: (response: Promise<unknown>, arrivedAt: number) => Promise<void>;
}

/**
 * What the gateway replica does with each interaction and message: answer Discord at once, decode, and hand
 * it to the shared inbox, which queues it for whichever replica is free. Types only from discord.js.
 */
export function discordInteractions(deps: DiscordInteractionDeps) {
  const { inbox, logger, knownIds, acked } = deps;
  const from = (
    interaction:
      | ChatInputCommandInteraction
      | ModalSubmitInteraction
      | ButtonInteraction
      | StringSelectMenuInteraction,
  ) => ({
    webhook: webhookOf(interaction),
    user: interaction.user.id,
    roles: memberRoles(interaction),
  });

  const onCommand = async (interaction: ChatInputCommandInteraction, arrivedAt: number) => {
    await acked(interaction.deferReply(), arrivedAt);
    const request = decodeDiscordCommand({
      commandName: interaction.commandName,
      options: interaction.options.data,
    });
    // The deferral was the ack: even a quick answer (an invalid command) goes through the queued work.
    await inbox.command(request, { ...from(interaction), channelId: interaction.channelId }, [], {
      answersWithAck: false,
    });
  };

  const onComponent = async (
    interaction: ButtonInteraction | StringSelectMenuInteraction,
    arrivedAt: number,
  ) => {
    const values = interaction.isStringSelectMenu() ? interaction.values : undefined;
    const { customId, user, channelId } = interaction;
    const decoded = decodeDiscordComponent(
      { customId, ...(values ? { values } : {}), user, channelId },
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
    const thread = interaction.channel?.isThread() ? interaction.channel : undefined;
    await inbox.click({
      ...from(interaction),
      user: decoded.user,
      channelId: decoded.channel,
      messageId: interaction.message.id,
      homeChannelId: thread?.parentId ?? decoded.channel,
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
    const text = interaction.fields.getTextInputValue(serverReportFieldId);
    await inbox.serverReport({ ...from(interaction), channelId: interaction.channelId, sessionId, text }, []);
  };

  const onMessage = async (message: Message, triageActive: boolean) => {
    const { author, system, channelId, id: messageId } = message;
    if (!triageActive || author.bot || system || !deps.triageChannels.includes(channelId)) return;
    await inbox.triage(message.content, { channelId, messageId }, [`discord:message:${messageId}`]);
  };

  return { onCommand, onComponent, onModalSubmit, onMessage };
}
