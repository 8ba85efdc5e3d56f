import { afterEach, describe, expect, it } from "vitest";
import type { DnsLookup } from "../../src/probes/dns-resolve.js";
import { type DiscordBotHarness, startDiscordBotHarness } from "../support/discord/discord-bot-harness.js";
import { offlineLookup } from "../support/offline-lookup.js";
import { fakeSlackIds } from "../support/slack/fake-slack-ids.js";
import {
  type SlackBotHarness,
  showing,
  startSlackBotHarness,
  visibleText,
} from "../support/slack/slack-bot-harness.js";

let slack: SlackBotHarness | undefined;
let discord: DiscordBotHarness | undefined;
afterEach(async () => {
  await slack?.stop();
  await discord?.stop();
  slack = undefined;
  discord = undefined;
});

/** Targets no chat user may make the bot probe, in the notations an attacker would try. */
const hostile: Array<[string, string]> = [
  ["169.254.169.254", "cloud metadata"],
  ["2852039166", "metadata in decimal"],
  ["0xa9fea9fe", "metadata in hex"],
  ["0251.0376.0251.0376", "metadata in octal"],
  ["169.254.43518", "metadata shortened"],
  ["[::ffff:169.254.169.254]", "metadata as IPv4-mapped IPv6"],
  ["[fd00:ec2::254]", "AWS metadata over IPv6"],
  ["[fe80::1]", "IPv6 link-local"],
  ["224.0.0.1", "multicast"],
  ["0.0.0.0", "the unspecified address"],
  ["metadata.google.internal", "a metadata name"],
  ["imds.corp.example", "a name that resolves to metadata"],
  ["outside.corp.example", "a name that resolves outside the allowed ranges"],
];

const names = {
  "imds.corp.example": ["169.254.169.254"],
  "outside.corp.example": ["8.8.8.8"],
};

/** Answers 127.0.0.1 the first `honest` times a name is asked, metadata after: what DNS rebinding looks like. */
function rebinding(honest: number): DnsLookup {
  const asked = new Map<string, number>();
  const offline = offlineLookup();
  return async (hostname) => {
    if (hostname !== "rebind.corp.example") return offline(hostname);
    const times = (asked.get(hostname) ?? 0) + 1;
    asked.set(hostname, times);
    return [{ address: times <= honest ? "127.0.0.1" : "169.254.169.254", family: 4 }];
  };
}

describe("SSRF attempts through Slack never send a packet", () => {
  it.each(hostile)(
    "GIVEN /rdp-fix %s (%s) THEN no consent is offered and the fake endpoint hears nothing",
    async (host) => {
      slack = await startSlackBotHarness({ names });
      const bot = slack;
      const ack = await bot.command(host);
      if (ack.body.includes("I cannot use")) return expect(bot.rdp.requests).toEqual([]);
      const root = await bot.waitForMessage(showing("started a Remote Desktop diagnosis of"));
      const refusal = await bot.waitForMessage(showing("Not probing"), root.ts);
      expect(visibleText(refusal)).toMatch(/never probed|RDP_FIX_ALLOWED_CIDRS/);
      await bot.waitForMessage(showing("Question 1"), root.ts);
      const thread = bot.api.threadOf(fakeSlackIds.channelId, root.ts);
      expect(thread.some((m) => bot.buttonsOf(m).some((b) => b.label === "Probe now"))).toBe(false);
      expect(bot.rdp.requests).toEqual([]);
    },
  );

  /** Asks for a diagnosis of the rebinding name and presses Probe now; returns the thread's root. */
  const probeRebinding = async (bot: SlackBotHarness) => {
    await bot.command(`rebind.corp.example --port ${bot.rdp.port}`);
    const root = await bot.waitForMessage(showing("started a Remote Desktop diagnosis of"));
    const consent = await bot.waitForMessage(
      (m) => bot.buttonsOf(m).some((b) => b.label === "Probe now"),
      root.ts,
    );
    await bot.click(consent, "Probe now");
    return root;
  };

  it("GIVEN a name that resolves to loopback when consent is asked and to metadata when Probe now is pressed THEN the press is refused", async () => {
    slack = await startSlackBotHarness({ lookup: rebinding(1) });
    const root = await probeRebinding(slack);
    const refusal = await slack.waitForMessage(showing("Not probing: 169.254.169.254"), root.ts);
    expect(visibleText(refusal)).toContain("never probed");
    expect(slack.rdp.requests).toEqual([]);
  });

  it("GIVEN a name that turns to metadata only when the probe run resolves it THEN the address actually connected is checked and refused", async () => {
    slack = await startSlackBotHarness({ lookup: rebinding(2) });
    const bot = slack;
    const root = await probeRebinding(bot);
    await bot.waitForMessage((m) => showing("Question 1")(m) || showing("This fixed it")(m), root.ts, 15_000);
    const progress = bot.api.threadOf(fakeSlackIds.channelId, root.ts).find(showing("not probed: 169.254"));
    expect(progress && visibleText(progress)).toMatch(/not probed: 169\.254\.169\.254 is .*never probed/);
    expect(bot.rdp.requests).toEqual([]);
  });
});

describe("SSRF attempts through Discord never send a packet", () => {
  it.each(hostile)(
    "GIVEN /rdp-fix host:%s (%s) THEN no consent is offered and the fake endpoint hears nothing",
    async (host) => {
      discord = await startDiscordBotHarness({ names });
      const bot = discord;
      bot.command({ host });
      const reply = await bot.fake.waitForCall("PATCH /webhooks/:id/:token/messages/@original");
      if (JSON.stringify(reply.body).includes("I cannot use")) return expect(bot.rdp.requests).toEqual([]);
      const refusal = await bot.waitForMessage((m) => JSON.stringify(m).includes("Not probing"));
      await bot.waitForMessage(
        (m) => m.channelId === refusal.channelId && JSON.stringify(m).includes("Question 1"),
      );
      const offered = bot.botMessages().some((m) => bot.componentsOf(m).some((c) => c.label === "Probe now"));
      expect(offered).toBe(false);
      expect(bot.rdp.requests).toEqual([]);
    },
  );
});
