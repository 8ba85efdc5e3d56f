import { fakeSlackIds } from "./fake-slack-ids.js";
import { nextUserTs } from "./slack-ts.js";

export interface UserMessageOptions {
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  threadTs?: string;
}

let eventCounter = 0;

/** A `message` event from a person (no subtype) in a public channel, or a thread reply with `threadTs`. */
export function messageEvent(
  options: UserMessageOptions & { channelType?: "channel" | "group" | "im" | "mpim" },
) {
  const ts = options.ts ?? nextUserTs();
  return {
    type: "message",
    client_msg_id: `fake-msg-${ts}`,
    user: options.user ?? fakeSlackIds.userId,
    text: options.text,
    ts,
    team: fakeSlackIds.teamId,
    channel: options.channel ?? fakeSlackIds.channelId,
    channel_type: options.channelType ?? "channel",
    event_ts: ts,
    ...(options.threadTs === undefined ? {} : { thread_ts: options.threadTs }),
  };
}

/** An `app_mention`. Slack sends no `channel_type` on these; put "<@U_BOT>" in `text` yourself. */
export function appMentionEvent(options: UserMessageOptions) {
  const ts = options.ts ?? nextUserTs();
  return {
    type: "app_mention",
    client_msg_id: `fake-msg-${ts}`,
    user: options.user ?? fakeSlackIds.userId,
    text: options.text,
    ts,
    team: fakeSlackIds.teamId,
    channel: options.channel ?? fakeSlackIds.channelId,
    event_ts: ts,
    ...(options.threadTs === undefined ? {} : { thread_ts: options.threadTs }),
  };
}

/**
 * The Events API envelope around `event`: a JSON body over HTTP, the `payload` of a Socket Mode
 * `events_api` envelope. Slack re-sends the same `event_id` on retries, so dedupe tests reuse it.
 */
export function eventCallbackBody(options: { event: object; eventId?: string; eventTime?: number }) {
  eventCounter += 1;
  return {
    token: fakeSlackIds.verificationToken,
    team_id: fakeSlackIds.teamId,
    context_team_id: fakeSlackIds.teamId,
    api_app_id: fakeSlackIds.appId,
    event: options.event,
    type: "event_callback",
    event_id: options.eventId ?? `Ev${String(eventCounter).padStart(8, "0")}`,
    event_time: options.eventTime ?? Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: fakeSlackIds.teamId,
        user_id: fakeSlackIds.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}
