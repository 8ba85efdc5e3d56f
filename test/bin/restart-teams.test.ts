import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findDemoFault } from "../../src/demo/demo-faults.js";
import { startFakeRdpServer } from "../../src/demo/fake-rdp-server.js";
import { startBotProcess } from "../support/process/start-bot-process.js";
import { teamsBotEnv } from "../support/process/teams-bot-env.js";
import { startFakeMicrosoft } from "../support/teams/fake-microsoft.js";
import { buttonData, cardText, teamsTestClient } from "../support/teams/served-teams-bot.js";
import { cardExecute, channelMention, teamsIds } from "../support/teams/teams-activities.js";
import { unusedLoopbackPort } from "../support/unused-loopback-port.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("rdp-fix serve across a SIGKILL (Teams, SQLite in RDP_FIX_DATA_DIR)", () => {
  it("GIVEN the bot posted its consent card and was killed THEN a fresh process takes the old card's click on to the diagnosis", async () => {
    const microsoft = await startFakeMicrosoft({
      clientId: teamsIds.clientId,
      clientSecret: "test-secret",
      tenantId: teamsIds.tenantId,
    });
    cleanups.push(microsoft.close);
    const fault = findDemoFault("expired-cert");
    if (!fault) throw new Error("no expired-cert fault");
    const rdp = await startFakeRdpServer({ confirm: fault.confirm, afterConfirm: fault.afterConfirm() });
    cleanups.push(rdp.close);
    const dataDir = mkdtempSync(join(tmpdir(), "rdp-fix-teams-process-"));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const port = await unusedLoopbackPort();
    const env = teamsBotEnv({ microsoft, port, rdpPort: rdp.port, store: { RDP_FIX_DATA_DIR: dataDir } });
    const start = async () => {
      const bot = await startBotProcess(env);
      cleanups.push(async () => void (await bot.kill("SIGKILL")));
      return bot;
    };
    const teams = teamsTestClient(microsoft, `http://127.0.0.1:${port}`);
    const chain = `${teamsIds.channel};messageid=${teamsIds.rootMessage}`;

    const first = await start();
    const mention = channelMention(`127.0.0.1 --port ${rdp.port} 0x904`, {
      serviceUrl: microsoft.serviceUrl,
    });
    expect((await teams.post(mention)).status).toBe(200);
    const consent = await teams.waitForCard(chain, /Probe now/);
    await first.waitForLog((line) => line.msg === "job done" && line.kind === "teams:command");
    expect(await first.kill("SIGKILL")).toEqual({ code: null, signal: "SIGKILL" });

    // The fresh process knows the conversation only from the store: its session and its consent card.
    const second = await start();
    const click = cardExecute(buttonData(consent, "Probe now"), {
      serviceUrl: microsoft.serviceUrl,
      id: "kill-1",
    });
    expect((await teams.post(click)).status).toBe(200);
    const card = await teams.waitForCard(chain, /This fixed it/, 20_000);
    expect(cardText(card)).toMatch(/certificate is expired/i);
    expect(second.logs.some((line) => line.msg === "job done" && line.kind === "teams:command")).toBe(false);
  }, 60_000);
});
