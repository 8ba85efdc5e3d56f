import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  Message,
  ModalSubmitInteraction,
  StringSelectMenuInteraction,
} from "discord.js";
import type { Logger } from "pino";
import type { ChatInbox } from "../../src/chat/chat-inbox.js";
import { notTakenText } from "../../src/chat/not-taken-text.js";
import { decodeDiscordCommand } from "./decode-discord-command.js";
import { decodeDiscordComponent } from "./decode-discord-component.js";
import type { DiscordPlace } from "./discord-chat-port.js";
import type { DiscordMessage } from "./discord-message.js";
import { serverReportFieldId, serverReportModal, sessionOfServerReportModal } from "./server-report-modal.js";

export interface DiscordInteractionDeps {
  inbox: ChatInbox<DiscordPlace, DiscordMessage>;
  logger: Logger;
  /** knownFlowIds of the flow: reads ids that travel hashed in custom_ids. */
  knownIds: Iterable<string>;
  triageChannels: readonly string[];
  /**
   * Answers Discord within its 3 seconds (a deferral or the paste form) and times it; false when Discord
   * had its answer already (the interaction was sent again).
   */
  acked: (response: Promise<unknown>, arrivedAt: number) => Promise<boolean>;
}

/**
 * What the gateway replica does with each interaction and message: answer Discord at once, decode, and hand
 * it to the shared inbox, whose one write queues it for whichever replica is free. The ack goes first: a
 * store write before it would be the ack's tail under load. A re-sent interaction is answered once all the
 * same: Discord refuses its second answer, and the write carries the interaction's id as its dedupe key.
 * Types only from discord.js.
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
    // The interaction's webhook (15 minutes) travels with the work; the interaction object stays behind.
    webhook: { applicationId: interaction.applicationId, token: interaction.token },
    user: interaction.user.id,
    roles: memberRoles(interaction),
  });
  const once = (interaction: { id: string }) => [`discord:interaction:${interaction.id}`];

  const onCommand = async (interaction: ChatInputCommandInteraction, arrivedAt: number) => {
    if (!(await acked(interaction.deferReply(), arrivedAt))) return;
    const request = decodeDiscordCommand({
      commandName: interaction.commandName,
      options: interaction.options.data,
    });
    // The deferral was the ack: even a quick answer (an invalid command) goes through the queued work.
    const work = { ...from(interaction), channelId: interaction.channelId };
    await inbox.command(request, work, once(interaction), { answersWithAck: false }).catch(async (error) => {
      // Nothing was queued, so nothing would ever replace the deferral's "thinking…": say so, then log.
      await interaction.editReply({ content: notTakenText }).catch(() => undefined);
      throw error;
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
    if (form) return void (await acked(interaction.showModal(form), arrivedAt));
    if (!(await acked(interaction.deferUpdate(), arrivedAt))) return;
    if ("error" in decoded) return logger.warn({ error: decoded.error }, "undecodable Discord component");
    const thread = interaction.channel?.isThread() ? interaction.channel : undefined;
    const click = {
      ...from(interaction),
      user: decoded.user,
      channelId: decoded.channel,
      messageId: interaction.message.id,
      homeChannelId: thread?.parentId ?? decoded.channel,
      sessionId: decoded.sessionId,
      action: decoded.action,
    };
    await inbox.click(click, once(interaction));
  };

  /** A pasted server report: deferred at once, read and checked by whichever replica takes the work. */
  const onModalSubmit = async (interaction: ModalSubmitInteraction, arrivedAt: number) => {
    if (!(await acked(interaction.deferUpdate(), arrivedAt))) return;
    const sessionId = sessionOfServerReportModal(interaction.customId);
    if (sessionId === undefined || interaction.channelId === null)
      return logger.warn({ customId: interaction.customId }, "undecodable Discord form");
    const text = interaction.fields.getTextInputValue(serverReportFieldId);
    const paste = { ...from(interaction), channelId: interaction.channelId, sessionId, text };
    await inbox.serverReport(paste, once(interaction));
  };

  const onMessage = async (message: Message, triageActive: boolean) => {
    const { author, system, channelId, id: messageId } = message;
    if (!triageActive || author.bot || system || !deps.triageChannels.includes(channelId)) return;
    await inbox.triage(message.content, { channelId, messageId }, [`discord:message:${messageId}`]);
  };

  return { onCommand, onComponent, onModalSubmit, onMessage };
}

/** The role ids of the member behind an interaction: a cached GuildMember, or the raw payload's list. */
function memberRoles(interaction: { member: unknown }): string[] {
  const member = interaction.member as { roles?: unknown } | null;
  const roles = member?.roles;
  if (Array.isArray(roles)) return roles.filter((role): role is string => typeof role === "string");
  const cache = (roles as { cache?: Map<string, unknown> } | undefined)?.cache;
  return cache ? [...cache.keys()] : [];
}
