import { afterEach, describe, expect, it } from "vitest";
import { probeControlFromEnv } from "../../../src/runtime/probe-control-config.js";
import { fakeSlackIds } from "../../support/slack/fake-slack-ids.js";
import {
  type SlackBotHarness,
  showing,
  startSlackBotHarness,
  visibleText,
} from "../../support/slack/slack-bot-harness.js";

let slack: SlackBotHarness | undefined;
afterEach(async () => {
  await slack?.stop();
  slack = undefined;
});

/** Starts a diagnosis of the fake endpoint as `user` and returns its thread's root and first reply. */
const startAs = (bot: SlackBotHarness, user: string, host = "127.0.0.1") =>
  bot.startDiagnosis(`${host} --port ${bot.rdp.port}`, user);

describe("Slack: who may probe, and how often", () => {
  it("GIVEN RDP_FIX_PROBE_RATE=2/10m THEN a user's third Probe now is refused with the limit and when to try again", async () => {
    slack = await startSlackBotHarness({
      probeControl: probeControlFromEnv({ RDP_FIX_PROBE_RATE: "2/10m" }),
    });
    for (let run = 1; run <= 2; run++) {
      const { root, first } = await startAs(slack, fakeSlackIds.userId);
      await slack.click(first, "Probe now");
      await slack.waitForMessage(showing("This fixed it"), root.ts, 15_000);
    }
    const { root, first } = await startAs(slack, fakeSlackIds.userId);
    await slack.click(first, "Probe now");
    const refusal = await slack.waitForMessage(showing("RDP_FIX_PROBE_RATE=2/10m"), root.ts);
    expect(visibleText(refusal)).toMatch(
      /2 probe runs within 10 min.*probe again at \d\d:\d\d UTC \(in 10 min\)/,
    );
    const session = await slack.store.loadSession(`slack:T1:${fakeSlackIds.channelId}:${root.ts}`);
    expect(session?.status).toBe("awaiting-consent");
    const audit = await slack.store.listAudit({ actor: fakeSlackIds.userId });
    expect(audit.filter((e) => e.outcome === "allowed")).toHaveLength(2);
    expect(audit.filter((e) => e.outcome === "refused")).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ reason: "rate-limit:user" }) }),
    ]);
  });

  it("GIVEN probing limited to a user group THEN a non-member gets questions with the reason, and cannot press a member's Probe now", async () => {
    slack = await startSlackBotHarness({
      probeAccess: { channels: [], groups: ["S0PROBERS"] },
    });
    slack.api.seedUsergroup("S0PROBERS", [fakeSlackIds.userId]);

    const outsider = await startAs(slack, "U0OUTSIDE");
    expect(visibleText(outsider.first)).toContain("Question 1");
    const reason = await slack.waitForMessage(
      showing("Probing is not offered to you here"),
      outsider.root.ts,
    );
    expect(visibleText(reason)).toContain("S0PROBERS");

    const member = await startAs(slack, fakeSlackIds.userId);
    expect(slack.buttonsOf(member.first).map((b) => b.label)).toContain("Probe now");
    await slack.click(member.first, "Probe now", "U0OUTSIDE");
    await slack.waitForMessage(showing("Probing is not offered to you here"), member.root.ts);
    const conversation = `slack:T1:${fakeSlackIds.channelId}:${member.root.ts}`;
    expect((await slack.store.loadSession(conversation))?.status).toBe("awaiting-consent");
    expect(slack.api.callsTo("usergroups.users.list").length).toBeGreaterThan(0);
  });

  it("GIVEN a port the policy does not allow THEN nobody is asked to consent and the message names RDP_FIX_ALLOWED_PORTS", async () => {
    slack = await startSlackBotHarness();
    await slack.command("127.0.0.1 --port 3390");
    const root = await slack.waitForMessage(showing("started a Remote Desktop diagnosis of"));
    const refusal = await slack.waitForMessage(showing("Not probing"), root.ts);
    expect(visibleText(refusal)).toContain("RDP_FIX_ALLOWED_PORTS");
    const question = await slack.waitForMessage(showing("Question 1"), root.ts);
    expect(slack.api.threadOf(fakeSlackIds.channelId, root.ts).some(showing("Probe now"))).toBe(false);

    await slack.click(question, "Results now");
    const card = await slack.waitForMessage(showing("Show more causes"), root.ts);
    expect(visibleText(card), "the card says why it rests on answers alone").toMatch(
      /The probes did not run: Not probing[^"]*RDP_FIX_ALLOWED_PORTS/,
    );
    expect(visibleText(card), "no advice to probe what the policy refuses").not.toContain("Probe the server");
  });

  it("GIVEN the user skips probes THEN the diagnosis card says they did not run, and suggests probing", async () => {
    slack = await startSlackBotHarness();
    const { root, first } = await startAs(slack, fakeSlackIds.userId);
    await slack.click(first, "Skip probes");
    const question = await slack.waitForMessage(showing("Question 1"), root.ts);
    await slack.click(question, "Results now");
    const card = await slack.waitForMessage(showing("Show more causes"), root.ts);
    expect(visibleText(card)).toContain("The probes did not run: they were skipped at the consent prompt.");
    expect(visibleText(card)).toContain("Probe the server");
  });
});
