import type { FakeMessage, FakeMessageStore } from "./fake-message-store.js";
import { fakeSlackIds } from "./fake-slack-ids.js";

export interface ApiMethodContext {
  store: FakeMessageStore;
  /** A fresh Socket Mode URL, or undefined when no fake Socket Mode server is attached. */
  socketModeUrl: () => string | undefined;
  /** User groups by id (S...), with their members, as the test seeded them. */
  usergroups: ReadonlyMap<string, readonly string[]>;
}

export interface ApiAnswer {
  status: number;
  json: Record<string, unknown>;
  headers?: Record<string, string>;
}

const ok = (json: Record<string, unknown> = {}): ApiAnswer => ({ status: 200, json: { ok: true, ...json } });
// Slack reports almost every failure as HTTP 200 with ok:false; the WebClient turns it into WebAPIPlatformError.
const fail = (error: string): ApiAnswer => ({ status: 200, json: { ok: false, error } });

/** The Web API methods rdp-fix uses, answered like Slack (same field names, same error codes). */
export function answerApiMethod(
  method: string,
  body: Record<string, unknown>,
  token: string | undefined,
  { store, socketModeUrl, usergroups }: ApiMethodContext,
): ApiAnswer {
  if (token === undefined || token === "") return fail("not_authed");
  // App-level tokens only open sockets; bot tokens cannot (catches a mixed-up token in the bot's config).
  if ((method === "apps.connections.open") !== token.startsWith("xapp-"))
    return fail("not_allowed_token_type");
  const channel = str(body.channel);
  const content = { text: str(body.text), blocks: Array.isArray(body.blocks) ? body.blocks : undefined };
  switch (method) {
    case "usergroups.users.list": {
      // Slack answers no_such_subteam for an unknown group; listing needs the usergroups:read scope.
      const members = usergroups.get(str(body.usergroup) ?? "");
      return members ? ok({ users: [...members] }) : fail("no_such_subteam");
    }
    case "auth.test":
      return ok({
        url: `https://${fakeSlackIds.teamDomain}.slack.com/`,
        team: "Fake Team",
        user: "rdp-fix",
        team_id: fakeSlackIds.teamId,
        user_id: fakeSlackIds.botUserId,
        bot_id: fakeSlackIds.botId,
        is_enterprise_install: false,
      });
    case "chat.postMessage": {
      if (channel === undefined) return fail("channel_not_found");
      if (content.text === undefined && content.blocks === undefined && body.attachments === undefined)
        return fail("no_text");
      const posted = store.post(
        {
          channel,
          threadTs: str(body.thread_ts),
          user: fakeSlackIds.botUserId,
          botId: fakeSlackIds.botId,
          ...content,
        },
        "chat.postMessage",
      );
      return ok({ channel, ts: posted.ts, message: toSlackMessage(posted) });
    }
    case "chat.update": {
      const updated = store.update(channel ?? "", str(body.ts) ?? "", content, "chat.update");
      if (updated === undefined) return fail("message_not_found");
      return ok({ channel, ts: updated.ts, text: updated.text, message: toSlackMessage(updated) });
    }
    case "chat.delete": {
      const deleted = store.remove(channel ?? "", str(body.ts) ?? "", "chat.delete");
      return deleted === undefined ? fail("message_not_found") : ok({ channel, ts: deleted.ts });
    }
    case "chat.postEphemeral": {
      if (channel === undefined) return fail("channel_not_found");
      const user = str(body.user);
      if (user === undefined) return fail("user_not_in_channel");
      store.addEphemeral({
        channel,
        user,
        threadTs: str(body.thread_ts),
        via: "chat.postEphemeral",
        ...content,
      });
      return ok({ message_ts: `${Math.floor(Date.now() / 1000)}.000001` });
    }
    case "conversations.replies": {
      const thread = store.threadOf(channel ?? "", str(body.ts) ?? "");
      if (thread.length === 0) return fail("thread_not_found");
      return ok({ messages: thread.map(toSlackMessage), has_more: false });
    }
    case "apps.connections.open": {
      const url = socketModeUrl();
      // A 500, not ok:false: the SocketModeClient retries platform errors forever but gives up on HTTP errors,
      // so a test that forgot attachSocketMode fails fast in app.start() instead of hanging.
      if (url === undefined)
        return { status: 500, json: { ok: false, error: "fake_socket_mode_not_attached" } };
      return ok({ url });
    }
    default:
      return fail("unknown_method");
  }
}

/** A stored message in the shape Slack returns it from chat.postMessage and conversations.replies. */
export function toSlackMessage(message: FakeMessage): Record<string, unknown> {
  return {
    type: "message",
    ts: message.ts,
    user: message.user,
    ...(message.botId === undefined ? {} : { bot_id: message.botId, app_id: fakeSlackIds.appId }),
    ...(message.threadTs === undefined ? {} : { thread_ts: message.threadTs }),
    text: message.text ?? "",
    ...(message.blocks === undefined ? {} : { blocks: message.blocks }),
    team: fakeSlackIds.teamId,
  };
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
