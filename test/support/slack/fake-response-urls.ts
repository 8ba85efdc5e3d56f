import type { ApiAnswer } from "./answer-api-method.js";
import type { FakeMessageStore } from "./fake-message-store.js";
import { fakeSlackIds } from "./fake-slack-ids.js";

/** Where Slack would apply a post to this response URL: the command's channel, or the clicked message. */
export interface ResponseUrlTarget {
  channel?: string;
  userId?: string;
  /** The message a button was clicked on; `replace_original` / `delete_original` act on it. */
  messageTs?: string;
}

export interface FakeResponsePost {
  id: string;
  body: Record<string, unknown>;
  status: number;
  at: number;
}

/** Slack honours a response_url at most 5 times (and for 30 minutes, which no test lives long enough to see). */
const maxUses = 5;

export interface ResponseUrls {
  readonly posts: readonly FakeResponsePost[];
  issue(target: ResponseUrlTarget): string;
  /** `injected` (a fault) is recorded and returned instead of applying the post. */
  answer(id: string, body: Record<string, unknown>, injected?: ApiAnswer): ApiAnswer;
}

export function createResponseUrls(store: FakeMessageStore): ResponseUrls {
  const targets = new Map<string, ResponseUrlTarget>();
  const posts: FakeResponsePost[] = [];
  let issued = 0;
  const record = (id: string, body: Record<string, unknown>, answer: ApiAnswer) => {
    posts.push({ id, body, status: answer.status, at: Date.now() });
    return answer;
  };
  return {
    posts,
    issue(target) {
      issued += 1;
      const id = `R${issued}`;
      targets.set(id, target);
      return id;
    },
    answer(id, body, injected) {
      if (injected !== undefined) return record(id, body, injected);
      const target = targets.get(id);
      // The exact error Slack gives for a dead URL is not documented; a non-2xx is what makes respond() throw.
      if (target === undefined)
        return record(id, body, { status: 404, json: { ok: false, error: "expired_url" } });
      if (posts.filter((p) => p.id === id && p.status === 200).length >= maxUses)
        return record(id, body, { status: 404, json: { ok: false, error: "used_url" } });
      apply(store, target, body);
      return record(id, body, { status: 200, json: { ok: true } });
    },
  };
}

function apply(store: FakeMessageStore, target: ResponseUrlTarget, body: Record<string, unknown>): void {
  const { channel, userId, messageTs } = target;
  if (channel === undefined) return;
  const content = {
    text: typeof body.text === "string" ? body.text : undefined,
    blocks: Array.isArray(body.blocks) ? body.blocks : undefined,
  };
  const threadTs = typeof body.thread_ts === "string" ? body.thread_ts : undefined;
  if (body.delete_original === true) {
    if (messageTs !== undefined) store.remove(channel, messageTs, "response_url");
  } else if (body.replace_original === true && messageTs !== undefined) {
    store.update(channel, messageTs, content, "response_url");
  } else if (body.response_type === "in_channel") {
    const bot = { user: fakeSlackIds.botUserId, botId: fakeSlackIds.botId };
    store.post({ channel, threadTs, ...bot, ...content }, "response_url");
  } else {
    // Slack's default response_type is ephemeral, also for a replace_original of an ephemeral original.
    store.addEphemeral({ channel, user: userId, threadTs, via: "response_url", ...content });
  }
}
