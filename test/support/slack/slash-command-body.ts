import { fakeSlackIds } from "./fake-slack-ids.js";

export interface SlashCommandOptions {
  text: string;
  /** Usually `api.responseUrl({ channel, userId })` so respond() lands in the fake. */
  responseUrl: string;
  command?: string;
  userId?: string;
  userName?: string;
  channelId?: string;
  channelName?: string;
  teamId?: string;
  triggerId?: string;
}

/** Slack gives every invocation of a command its own trigger_id; so does this fake. */
let triggers = 0;

/**
 * The fields of a slash command as Slack sends them: a form over HTTP, the same keys as a JSON object in a
 * Socket Mode `slash_commands` envelope. Every value is a string, booleans included.
 */
export function slashCommandBody(options: SlashCommandOptions): Record<string, string> {
  const teamId = options.teamId ?? fakeSlackIds.teamId;
  return {
    token: fakeSlackIds.verificationToken,
    team_id: teamId,
    team_domain: fakeSlackIds.teamDomain,
    channel_id: options.channelId ?? fakeSlackIds.channelId,
    channel_name: options.channelName ?? fakeSlackIds.channelName,
    user_id: options.userId ?? fakeSlackIds.userId,
    user_name: options.userName ?? fakeSlackIds.userName,
    command: options.command ?? "/rdp-fix",
    text: options.text,
    api_app_id: fakeSlackIds.appId,
    is_enterprise_install: "false",
    response_url: options.responseUrl,
    trigger_id: options.triggerId ?? `${Math.floor(Date.now() / 1000)}.${++triggers}.fake-trigger`,
  };
}
