import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { findDemoFault } from "../../../src/demo/demo-faults.js";
import { startFakeRdpServer } from "../../../src/demo/fake-rdp-server.js";
import { PostgresStateStore } from "../../../src/state/postgres-state-store.js";
import { freshDatabase } from "../../support/postgres/fresh-database.js";
import { startFakeMicrosoft } from "../../support/teams/fake-microsoft.js";
import { buttonData, cardText, startServedTeamsBot } from "../../support/teams/served-teams-bot.js";
import { cardExecute, channelMention, teamsIds } from "../../support/teams/teams-activities.js";

let url: string;
beforeEach(async () => {
  url = await freshDatabase(inject("postgresUrl"));
});
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Two bots behind one Teams app, as two replicas would run: one PostgreSQL database, nothing else shared. */
async function twoReplicas() {
  const microsoft = await startFakeMicrosoft({
    clientId: teamsIds.clientId,
    clientSecret: "test-secret",
    tenantId: teamsIds.tenantId,
  });
  const fault = findDemoFault("expired-cert");
  if (!fault) throw new Error("no expired-cert fault");
  const rdp = await startFakeRdpServer({ confirm: fault.confirm, afterConfirm: fault.afterConfirm() });
  cleanups.push(microsoft.close, rdp.close);
  const replica = async (name: string) => {
    const store = await PostgresStateStore.open(url);
    const bot = await startServedTeamsBot({ store, shared: { microsoft, rdp }, replicaId: name });
    cleanups.push(async () => {
      await bot.stop();
      await store.close();
    });
    return bot;
  };
  return { a: await replica("replica-a"), b: await replica("replica-b"), microsoft, rdp };
}

describe("Teams on two replicas sharing one PostgreSQL", () => {
  it("GIVEN the mention reaches replica A and the click replica B THEN the diagnosis comes, in the same reply chain, once", async () => {
    const { a, b, microsoft, rdp } = await twoReplicas();
    const chain = `${teamsIds.channel};messageid=${teamsIds.rootMessage}`;
    const mention = channelMention(`127.0.0.1 --port ${rdp.port} 0x904`, {
      serviceUrl: microsoft.serviceUrl,
    });
    expect((await a.post(mention)).status).toBe(200);
    // The same activity re-sent to the other replica (Teams retries wherever the load balancer sends it).
    expect((await b.post(mention)).status).toBe(200);
    const consent = await b.waitForCard(chain, /Probe now/);
    const click = cardExecute(buttonData(consent, "Probe now"), {
      serviceUrl: microsoft.serviceUrl,
      id: "r-1",
    });
    expect((await b.post(click)).status).toBe(200);
    const card = await a.waitForCard(chain, /This fixed it/, 20_000);
    expect(cardText(card)).toMatch(/certificate is expired/i);
    expect(a.postedIn(chain).filter((call) => /Probe now/.test(JSON.stringify(call.body)))).toHaveLength(1);
  });
});
