import { describe, expect, it } from "vitest";
import { startRefusal } from "../../src/chat/start-refusal.js";
import type { InboundEvent, Session } from "../../src/engine/index.js";
import { engineConversation, shippedFlow } from "../support/engine-conversation.js";

const start: InboundEvent = {
  kind: "start",
  host: "host43",
  text: "",
  user: "bob",
  conversation: "thread-1",
  probing: true,
};

function sessionIn(status: Session["status"]): Session {
  const bot = engineConversation(shippedFlow());
  bot.start("host42");
  return { ...bot.session, status };
}

describe("startRefusal: one diagnosis per thread", () => {
  it("GIVEN no diagnosis in the thread THEN a start goes ahead", () => {
    expect(startRefusal(start, undefined)).toBeUndefined();
  });

  it.each(["awaiting-consent", "probing", "asking", "diagnosed"] as const)(
    "GIVEN a diagnosis that is %s THEN a second start is answered with a note naming its host",
    (status) => {
      expect(startRefusal(start, sessionIn(status))).toEqual({
        kind: "notice",
        text: "A diagnosis of host42 is already in this thread; carry on with its messages above.",
      });
    },
  );

  it.each(["solved", "cancelled"] as const)(
    "GIVEN a %s diagnosis THEN a new start may follow it",
    (status) => {
      expect(startRefusal(start, sessionIn(status))).toBeUndefined();
    },
  );

  it("GIVEN any event other than a start THEN it is never refused here", () => {
    expect(startRefusal({ kind: "results-now", user: "bob" }, sessionIn("asking"))).toBeUndefined();
  });
});
