import type { BlockAction } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { encodeAnswerSelect, encodeSlackAction } from "../../../adapters/slack/action-id-codec.js";
import { decodeBlockAction } from "../../../adapters/slack/decode-block-action.js";

const sessionId = "6f1c2a9e-5b7d-4e0a-9c3b-2d8f7e6a1b40";
const feedback = {
  kind: "fix-feedback",
  causeId: "cert-expired",
  fixId: "regenerate-self-signed",
  outcome: "worked",
} as const;

/** A block_actions body shaped like the ones Slack sends (trimmed), typed as Bolt types it. */
function buttonClick(actionId: string, value: string, where: { threadTs?: string } = {}): BlockAction {
  return {
    type: "block_actions",
    team: { id: "T1", domain: "acme" },
    user: { id: "U0ALICE", username: "alice", team_id: "T1" },
    api_app_id: "A1",
    token: "legacy",
    trigger_id: "1.2.3",
    response_url: "https://hooks.slack.com/actions/T1/1/x",
    container: {
      type: "message",
      message_ts: "1732179600.000200",
      channel_id: "C1",
      is_ephemeral: false,
      ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    },
    channel: { id: "C1", name: "it-support" },
    message: {
      type: "message",
      ts: "1732179600.000200",
      ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    },
    actions: [
      {
        type: "button",
        block_id: "x9Q",
        action_id: actionId,
        value,
        text: { type: "plain_text", text: "This fixed it" },
        action_ts: "1732179601.1",
      },
    ],
  };
}

describe("decodeBlockAction", () => {
  it("GIVEN a click on a button in a thread THEN it is the action, the session, who clicked and the thread", () => {
    const { actionId, value } = encodeSlackAction(feedback, sessionId);
    expect(decodeBlockAction(buttonClick(actionId, value, { threadTs: "1732179000.000100" }))).toEqual({
      action: feedback,
      sessionId,
      team: "T1",
      user: "U0ALICE",
      channel: "C1",
      threadTs: "1732179000.000100",
    });
  });

  it("GIVEN a click on a message at the top of the channel THEN that message starts the thread", () => {
    const { actionId, value } = encodeSlackAction({ kind: "handoff" }, sessionId);
    expect(decodeBlockAction(buttonClick(actionId, value))).toMatchObject({ threadTs: "1732179600.000200" });
  });

  it("GIVEN a pick in an answer select THEN the option is the answer and the block id the session", () => {
    const { actionId, blockId } = encodeAnswerSelect("error-shown", sessionId);
    const body = buttonClick("", "");
    const pick: BlockAction = {
      ...body,
      actions: [
        {
          type: "static_select",
          block_id: blockId,
          action_id: actionId,
          action_ts: "1732179601.1",
          selected_option: {
            text: { type: "plain_text", text: "1. The client shows 0x904" },
            value: "code-0x904",
          },
        },
      ],
    };
    expect(decodeBlockAction(pick)).toMatchObject({
      action: { kind: "answer", questionId: "error-shown", answerId: "code-0x904" },
      sessionId,
    });
  });

  it.each([
    ["another app's button", buttonClick("approve_expense", "42")],
    ["a forged rdp-fix id", buttonClick("rdpfix:answer:../../etc", sessionId)],
    ["no actions", { ...buttonClick("rdpfix:handoff", sessionId), actions: [] }],
    ["no channel (App Home)", { ...buttonClick("rdpfix:handoff", sessionId), channel: undefined }],
  ])("GIVEN %s THEN it is an error", (_, body) => {
    expect(decodeBlockAction(body as BlockAction)).toEqual({ error: expect.any(String) });
  });
});
