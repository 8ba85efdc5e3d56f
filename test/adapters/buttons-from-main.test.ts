import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeDiscordAction } from "../../adapters/discord/custom-id-codec.js";
import { decodeSlackAction } from "../../adapters/slack/action-id-codec.js";
import { knownFlowIds } from "../../src/chat/action-codec/known-flow-ids.js";
import { shippedFlow } from "../support/engine-conversation.js";
import { renderDiscordMessages } from "./discord/render-discord-message.js";
import { renderSlackMessages } from "./slack/render-slack-message.js";
import { expiredCertConversation, questionConversation } from "./slack/slack-conversation-replies.js";

/**
 * Every button and menu option main rendered (commit acb61b6, before the reply document) for a consent, a
 * diagnosis, the diagnosis after "Didn't help", a handoff and two questions, recorded with main's own
 * renderers: people have these in their threads, so they must still work after the upgrade.
 */
interface MainButtons {
  commit: string;
  sessionId: string;
  slack: Array<{ action_id: string; value?: string; block_id?: string; selected?: string }>;
  discord: Array<{ custom_id: string; values?: string[] }>;
}
const main = JSON.parse(readFileSync("test/fixtures/main-buttons.json", "utf8")) as MainButtons;

describe("buttons rendered by main still work", () => {
  it("GIVEN every Slack button and option main rendered THEN each decodes to an action in its session", () => {
    expect(main.slack.length).toBeGreaterThan(20);
    for (const b of main.slack) {
      const decoded = decodeSlackAction(b.action_id, b.value ?? b.block_id ?? "", b.selected);
      expect(decoded, b.action_id).toMatchObject({ sessionId: main.sessionId });
    }
  });

  it("GIVEN every Discord button and option main rendered THEN each decodes to an action in its session", () => {
    expect(main.discord.length).toBeGreaterThan(20);
    const known = knownFlowIds(shippedFlow());
    for (const b of main.discord) {
      const decoded = decodeDiscordAction(b.custom_id, b.values, known);
      expect(decoded, b.custom_id).toMatchObject({ sessionId: main.sessionId });
    }
  });

  it("GIVEN the same replies THEN Slack renders today exactly the action ids and values main rendered", () => {
    const talk = expiredCertConversation();
    const q = questionConversation();
    const replies = [talk.consent, talk.diagnosis, talk.afterFeedback, talk.handoff, q.first, q.second];
    const now = replies.flatMap((reply) =>
      renderSlackMessages(reply, { sessionId: main.sessionId }).flatMap((m) =>
        m.blocks.flatMap((block) =>
          block.type !== "actions"
            ? []
            : block.elements.flatMap(
                (e): Array<Record<string, string | undefined>> =>
                  e.type === "button"
                    ? [{ action_id: e.action_id, value: e.value }]
                    : e.type === "static_select"
                      ? (e.options ?? []).map((o) => ({
                          action_id: e.action_id,
                          block_id: block.block_id,
                          selected: o.value,
                        }))
                      : [],
              ),
        ),
      ),
    );
    expect(now).toEqual(main.slack);
  });

  it("GIVEN the same replies THEN Discord renders today exactly the custom_ids and option values main rendered", () => {
    const talk = expiredCertConversation();
    const q = questionConversation();
    const replies = [talk.consent, talk.diagnosis, talk.afterFeedback, talk.handoff, q.first, q.second];
    const now = replies.flatMap((reply) =>
      renderDiscordMessages(reply, { sessionId: main.sessionId }).flatMap((m) =>
        m.components.flatMap((row) =>
          (
            row.components as Array<{ type: number; custom_id: string; options?: Array<{ value: string }> }>
          ).flatMap((c): MainButtons["discord"] =>
            c.type === 2
              ? [{ custom_id: c.custom_id }]
              : (c.options ?? []).map((o) => ({ custom_id: c.custom_id, values: [o.value] })),
          ),
        ),
      ),
    );
    expect(now).toEqual(main.discord);
  });
});
