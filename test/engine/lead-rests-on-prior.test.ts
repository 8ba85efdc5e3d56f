import { describe, expect, it } from "vitest";
import { rankCauses } from "../../src/engine/rank-causes.js";
import { engineConversation, shippedFlow } from "../support/engine-conversation.js";
import { playSituation } from "../support/scripted-user.js";

const flow = shippedFlow();

describe("a lead made by the priors is not a confident diagnosis", () => {
  it("GIVEN a certificate warning about another name THEN the rename leads by its prior only, so the engine asks on", () => {
    const bot = engineConversation(flow);
    bot.start("host42");
    bot.answer("error-shown", "cert-warning");
    bot.answer("cert-warning-detail", "name-mismatch");
    const [top, second] = rankCauses(flow, bot.session);
    // Share and lead would have stopped it before: the rename is far ahead, but only by its prior.
    expect(top?.id).toBe("cert-stale-name");
    expect(top?.confidence).toBeGreaterThanOrEqual(flow.stopping.confidence);
    expect(second?.id).toBe("dns-wrong-host");
    expect(bot.last.kind).toBe("question");
  });

  it("GIVEN that warning and a connection that works by IP THEN the name that leads to another host comes first", () => {
    const { asked, diagnosis } = playSituation(flow, {
      knows: {
        "error-shown": "cert-warning",
        "cert-warning-detail": "name-mismatch",
        "by-ip": "ip-works",
      },
    });
    expect(asked.slice(0, 2)).toEqual(["error-shown", "cert-warning-detail"]);
    expect(diagnosis.causes[0]?.id).toBe("dns-wrong-host");
  });

  it("GIVEN that warning and the same failure by IP THEN the rename leads on evidence and the stop is confident", () => {
    const { diagnosis } = playSituation(flow, {
      knows: {
        "error-shown": "cert-warning",
        "cert-warning-detail": "name-mismatch",
        "by-ip": "same-failure",
        "recent-change": "renamed",
      },
    });
    expect(diagnosis.causes[0]?.id).toBe("cert-stale-name");
    expect(diagnosis.reason).toBe("confident");
  });

  it("GIVEN evidence that alone puts the leader ahead THEN the engine stops as confident as before", () => {
    const { asked, diagnosis } = playSituation(flow, {
      knows: { "error-shown": "credssp", "credssp-patch-level": "server-behind" },
    });
    expect(diagnosis.causes[0]?.id).toBe("nla-credssp");
    expect(diagnosis.reason).toBe("confident");
    expect(asked.length).toBeLessThanOrEqual(2);
  });
});
