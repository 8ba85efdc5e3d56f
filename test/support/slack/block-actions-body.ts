import { fakeSlackIds } from "./fake-slack-ids.js";
import { nextUserTs } from "./slack-ts.js";

export interface BlockActionsOptions {
  actionId: string;
  /** The clicked message: usually one the bot posted to the fake API. */
  messageTs: string;
  responseUrl: string;
  /** A button's value; ignored when `selectedOptionValue` makes this a static_select. */
  value?: string;
  selectedOptionValue?: string;
  selectedOptionText?: string;
  blockId?: string;
  threadTs?: string;
  userId?: string;
  userName?: string;
  channelId?: string;
  channelName?: string;
  messageText?: string;
  messageBlocks?: unknown[];
  isEphemeral?: boolean;
}

/** A `block_actions` payload as Slack sends it for a click on a button or static_select in a message. */
export function blockActionsBody(options: BlockActionsOptions): Record<string, unknown> {
  const channelId = options.channelId ?? fakeSlackIds.channelId;
  const thread = options.threadTs === undefined ? {} : { thread_ts: options.threadTs };
  const blockId = options.blockId ?? "fake-block";
  const actionTs = nextUserTs();
  const action =
    options.selectedOptionValue === undefined
      ? {
          type: "button",
          action_id: options.actionId,
          block_id: blockId,
          text: { type: "plain_text", text: "Button", emoji: true },
          ...(options.value === undefined ? {} : { value: options.value }),
          action_ts: actionTs,
        }
      : {
          type: "static_select",
          action_id: options.actionId,
          block_id: blockId,
          selected_option: {
            text: {
              type: "plain_text",
              text: options.selectedOptionText ?? options.selectedOptionValue,
              emoji: true,
            },
            value: options.selectedOptionValue,
          },
          placeholder: { type: "plain_text", text: "Choose", emoji: true },
          action_ts: actionTs,
        };
  return {
    type: "block_actions",
    user: {
      id: options.userId ?? fakeSlackIds.userId,
      username: options.userName ?? fakeSlackIds.userName,
      name: options.userName ?? fakeSlackIds.userName,
      team_id: fakeSlackIds.teamId,
    },
    api_app_id: fakeSlackIds.appId,
    token: fakeSlackIds.verificationToken,
    container: {
      type: "message",
      message_ts: options.messageTs,
      channel_id: channelId,
      is_ephemeral: options.isEphemeral ?? false,
      ...thread,
    },
    trigger_id: "1111111111.2222222222.fake-trigger",
    team: { id: fakeSlackIds.teamId, domain: fakeSlackIds.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channelId, name: options.channelName ?? fakeSlackIds.channelName },
    message: {
      type: "message",
      ts: options.messageTs,
      ...thread,
      text: options.messageText ?? "",
      user: fakeSlackIds.botUserId,
      bot_id: fakeSlackIds.botId,
      app_id: fakeSlackIds.appId,
      team: fakeSlackIds.teamId,
      blocks: options.messageBlocks ?? [],
    },
    state: { values: {} },
    response_url: options.responseUrl,
    actions: [action],
  };
}
