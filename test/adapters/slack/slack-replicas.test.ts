import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { findDemoFault } from "../../../src/demo/demo-faults.js";
import { startFakeRdpServer } from "../../../src/demo/fake-rdp-server.js";
import { probeControlFromEnv } from "../../../src/runtime/probe-control-config.js";
import { PostgresStateStore } from "../../../src/state/postgres-state-store.js";
import { freshDatabase } from "../../support/postgres/fresh-database.js";
import { appMentionEvent } from "../../support/slack/event-callback-body.js";
import { startFakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { fakeSlackIds } from "../../support/slack/fake-slack-ids.js";
import {
  type SlackBotHarness,
  showing,
  startSlackBotHarness,
  visibleText,
} from "../../support/slack/slack-bot-harness.js";

let url: string;
// A database per test: each test's fake Slack numbers its messages from the same ts, so a thread key of one
// test would name a diagnosis another test left behind (and a start there is refused: one per thread).
beforeEach(async () => {
  url = await freshDatabase(inject("postgresUrl"));
});

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Two bots behind one Slack app, as two replicas would run: one PostgreSQL database, nothing else shared. */
async function twoReplicas() {
  const api = await startFakeSlackApi();
  const fault = findDemoFault("expired-cert");
  if (!fault) throw new Error("no expired-cert fault");
  const rdp = await startFakeRdpServer({ confirm: fault.confirm, afterConfirm: fault.afterConfirm() });
  cleanups.push(api.close, rdp.close);
  const replica = async (name: string): Promise<SlackBotHarness> => {
    const store = await PostgresStateStore.open(url);
    const bot = await startSlackBotHarness({
      store,
      shared: { api, rdp },
      replicaId: name,
      probeControl: probeControlFromEnv({ RDP_FIX_PROBE_RATE: "2/10m" }),
    });
    cleanups.push(async () => {
      await bot.stop();
      await store.close();
    });
    return bot;
  };
  return { a: await replica("replica-a"), b: await replica("replica-b"), api, rdp };
}

describe("Slack on two replicas sharing one PostgreSQL", () => {
  it("GIVEN the command reaches replica A and every click reaches replica B THEN the diagnosis comes", async () => {
    const { a, b, rdp } = await twoReplicas();
    await a.command(`127.0.0.1 --port ${rdp.port} 0x904`);
    const root = await a.waitForMessage(showing("started a Remote Desktop diagnosis of"));
    const consent = await b.waitForMessage(showing("Probe now"), root.ts);
    await b.click(consent, "Probe now");
    const card = await b.waitForMessage(
      (m) => b.buttonsOf(m).some((button) => button.label === "This fixed it"),
      root.ts,
      15_000,
    );
    expect(visibleText(card)).toMatch(/certificate is expired/i);
    await b.click(card, "Hand off", "U0BOB");
    const handoff = await b.waitForMessage(showing("Handoff"), root.ts);
    expect(visibleText(handoff)).toContain("cert.expired");
    const conversation = `slack:T1:${fakeSlackIds.channelId}:${root.ts}`;
    expect((await a.store.loadSession(conversation))?.handoffs).toHaveLength(1);
  });

  it("GIVEN one mention delivered to both replicas at once (as Slack retries) THEN it is answered once", async () => {
    const { a, b, api } = await twoReplicas();
    const mention = appMentionEvent({ text: `<@${fakeSlackIds.botUserId}> host42 0x904` });
    const acks = await Promise.all([a.event(mention, "Ev0REPLICA1"), b.event(mention, "Ev0REPLICA1")]);
    expect(acks.map((ack) => ack.status)).toEqual([200, 200]);
    await a.waitForMessage(showing("Probe now"), mention.ts);
    // Give a second answer every chance to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const consents = api.threadOf(fakeSlackIds.channelId, mention.ts).filter(showing("Probe now"));
    expect(consents).toHaveLength(1);
  });

  it("GIVEN RDP_FIX_PROBE_RATE=2/10m and runs on both replicas THEN the third, on either, is refused: one limit for all", async () => {
    const { a, b, rdp } = await twoReplicas();
    const user = "U0LIMITED";
    const probeVia = async (entry: SlackBotHarness, click: SlackBotHarness) => {
      const { root, first: consent } = await entry.startDiagnosis(`127.0.0.1 --port ${rdp.port}`, user);
      await click.click(consent, "Probe now", user);
      return root;
    };
    for (const [entry, click] of [
      [a, b],
      [b, a],
    ] as const) {
      const root = await probeVia(entry, click);
      await a.waitForMessage(showing("This fixed it"), root.ts, 15_000);
    }
    const third = await probeVia(a, a);
    await a.waitForMessage(showing("RDP_FIX_PROBE_RATE=2/10m"), third.ts);
  });
});
