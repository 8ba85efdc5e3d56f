import { afterEach, describe, expect, it } from "vitest";
import { freshCertificateTls } from "../../../src/demo/demo-faults.js";
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

describe("Slack: re-check after a fix", () => {
  it("GIVEN an expired certificate WHEN a fix is applied without effect, then one that renews it THEN the first re-check says no change and the second closes the diagnosis with the proof", async () => {
    slack = await startSlackBotHarness({ fault: "expired-cert" });
    const bot = slack;
    await bot.command(`127.0.0.1 --port ${bot.rdp.port}`);
    const root = await bot.waitForMessage(showing("started a Remote Desktop diagnosis of"));
    const consent = await bot.waitForMessage(showing("Probe now"), root.ts);
    await bot.click(consent, "Probe now");
    const card = await bot.waitForMessage(showing("Applied 1a: re-check now"), root.ts);

    // Nothing changed on the server: the same expired certificate comes back.
    await bot.click(card, "Applied 1a: re-check now");
    const unchanged = await bot.waitForMessage(
      (m) => m.ts !== card.ts && showing("Re-check after")(m) && showing("Applied 1b: re-check now")(m),
      root.ts,
    );
    expect(visibleText(unchanged)).toContain("no change");
    expect(visibleText(unchanged)).toMatch(/cert\.expired: expired 2021-01-01[^→]*→ expired 2021-01-01/);
    const sameCertificate =
      /probe\.certificate: [^→]*thumbprint ([0-9A-F]{40}) → [^\\]*thumbprint ([0-9A-F]{40})/.exec(
        visibleText(unchanged),
      );
    expect(sameCertificate, "the certificate row, before → after").not.toBeNull();
    expect(sameCertificate?.[1], "the same certificate, before and after").toBe(sameCertificate?.[2]);

    // The admin renews the certificate; the next re-check sees it gone.
    bot.rdp.reconfigure(freshCertificateTls());
    await bot.click(unchanged, "Applied 1b: re-check now");
    const solved = await bot.waitForMessage(showing("Solved"), root.ts);
    expect(visibleText(solved)).toContain("fixed: what pointed at the cause is gone");
    expect(visibleText(solved)).toMatch(/cert\.expired: expired 2021-01-01[^→]*→ gone/);
    const renewed =
      /probe\.certificate: [^→]*valid 2020-01-01 to 2021-01-01, thumbprint ([0-9A-F]{40}) → [^\\]*thumbprint ([0-9A-F]{40})/.exec(
        visibleText(solved),
      );
    expect(renewed, "the proof shows the certificate before and after").not.toBeNull();
    expect(renewed?.[1], "a new certificate: a new thumbprint").not.toBe(renewed?.[2]);
    const session = await bot.store.loadSession(`slack:T1:${fakeSlackIds.channelId}:${root.ts}`);
    expect(session?.status).toBe("solved");
    expect(session?.feedback.map((f) => [f.fixId, f.outcome])).toEqual([
      ["regenerate-self-signed", "did-not-help"],
      ["fix-server-clock", "worked"],
    ]);
    const audit = await bot.store.listAudit();
    expect(
      audit.filter((e) => e.outcome === "allowed"),
      "each re-check went through the probe gate",
    ).toHaveLength(3);
  });

  it("GIVEN the probes were skipped THEN the card offers no re-check", async () => {
    slack = await startSlackBotHarness({ fault: "expired-cert" });
    const bot = slack;
    const { root, first } = await bot.startDiagnosis(`127.0.0.1 --port ${bot.rdp.port}`);
    await bot.click(first, "Skip probes");
    const question = await bot.waitForMessage(showing("Question 1"), root.ts);
    await bot.click(question, "Results now");
    const card = await bot.waitForMessage(showing("Hand off"), root.ts);
    expect(bot.buttonsOf(card).map((b) => b.label)).not.toContainEqual(expect.stringContaining("re-check"));
  });
});
