import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { findDemoFault } from "../../src/demo/demo-faults.js";
import { startFakeRdpServer } from "../../src/demo/fake-rdp-server.js";
import { discordTestClient } from "../support/discord/discord-bot-harness.js";
import { type FakeDiscord, startFakeDiscord } from "../support/discord/fake-discord.js";
import type { FakeDiscordMessage } from "../support/discord/fake-discord-message-store.js";
import { freshDatabase } from "../support/postgres/fresh-database.js";
import { discordBotEnv } from "../support/process/discord-bot-env.js";
import { type BotProcess, startBotProcess } from "../support/process/start-bot-process.js";
import { unusedLoopbackPort } from "../support/unused-loopback-port.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fixture(faultName = "expired-cert") {
  const fake: FakeDiscord = await startFakeDiscord();
  const fault = findDemoFault(faultName);
  if (!fault) throw new Error(`no ${faultName} fault`);
  const rdp = await startFakeRdpServer({ confirm: fault.confirm, afterConfirm: fault.afterConfirm() });
  cleanups.push(fake.close, rdp.close);
  const start = async (store: { RDP_FIX_DATA_DIR: string } | { DATABASE_URL: string }) => {
    const env = discordBotEnv({
      apiUrl: fake.apiUrl,
      port: await unusedLoopbackPort(),
      rdpPort: rdp.port,
      store,
    });
    const bot: BotProcess = await startBotProcess(env);
    cleanups.push(async () => void (await bot.kill("SIGKILL")));
    return bot;
  };
  return { fake, rdp, start, discord: discordTestClient(fake) };
}

const showing = (text: string) => (m: FakeDiscordMessage) => JSON.stringify(m).includes(text);

describe("Discord across a SIGKILL and on two replicas", () => {
  it("GIVEN the bot offered its consent buttons and was killed THEN a fresh process takes the gateway and the old click on to the diagnosis", async () => {
    const { fake, rdp, start, discord } = await fixture();
    const dataDir = mkdtempSync(join(tmpdir(), "rdp-fix-discord-restart-"));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const first = await start({ RDP_FIX_DATA_DIR: dataDir });
    discord.command({ host: "127.0.0.1", port: rdp.port });
    const consent = await discord.waitForMessage(showing("Probe now"));
    await first.waitForLog((line) => line.msg === "job done" && line.kind === "discord:command");
    await first.kill("SIGKILL");

    const second = await start({ RDP_FIX_DATA_DIR: dataDir });
    // The dead process's gateway lease runs out first (3 s here), then this one logs in.
    await second.waitForLog((line) => line.msg === "Discord gateway connected", 15_000);
    expect(fake.gateway.identifies).toHaveLength(2);
    discord.click(consent, "Probe now");
    const card = await discord.waitForMessage(
      (m) => discord.componentsOf(m).some((c) => c.label.startsWith("This fixed it")),
      20_000,
    );
    expect(JSON.stringify(card)).toMatch(/certificate is expired/i);
  }, 60_000);

  it("GIVEN the bot was killed while probing THEN the fresh process speaks up in that thread by itself", async () => {
    // TLS never completes on this endpoint, so the probe run lasts its whole budget: time to kill it.
    const { rdp, start, discord } = await fixture("tls-stall");
    const dataDir = mkdtempSync(join(tmpdir(), "rdp-fix-discord-probing-"));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const first = await start({ RDP_FIX_DATA_DIR: dataDir });
    discord.command({ host: "127.0.0.1", port: rdp.port });
    discord.click(await discord.waitForMessage(showing("Probe now")), "Probe now");
    await first.waitForLog((line) => line.msg === "probe run starting");
    await first.kill("SIGKILL");

    const second = await start({ RDP_FIX_DATA_DIR: dataDir });
    const retried = await second.waitForLog((line) => line.msg === "probe run starting", 20_000);
    expect(retried.attempt).toBe(2);
    const said = await discord.waitForMessage(showing("probing it again"), 20_000);
    const next = await discord.waitForMessage(
      (m) =>
        m.channelId === said.channelId &&
        (showing("Question 1")(m) ||
          discord.componentsOf(m).some((c) => c.label.startsWith("This fixed it"))),
      20_000,
    );
    expect(JSON.stringify(next)).not.toContain("interrupted");
  }, 60_000);

  it("GIVEN two replicas on one PostgreSQL THEN exactly one holds the gateway, and when it dies the other takes over within 30 s and carries on", async () => {
    const { fake, rdp, start, discord } = await fixture();
    const store = { DATABASE_URL: await freshDatabase(inject("postgresUrl")) };
    const first = await start(store);
    const second = await start(store);
    // Both replicas have tried for the lease more than once by now; only the first holds the gateway.
    await second.waitForLog((line) => line.msg === "Discord adapter started");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(fake.gateway.identifies).toHaveLength(1);
    expect(second.logs.some((line) => line.msg === "Discord gateway connected")).toBe(false);

    const killedAt = Date.now();
    await first.kill("SIGKILL");
    await second.waitForLog((line) => line.msg === "Discord gateway connected", 30_000);
    expect(Date.now() - killedAt).toBeLessThan(30_000);
    expect(fake.gateway.identifies).toHaveLength(2);
    discord.command({ host: "127.0.0.1", port: rdp.port });
    await discord.waitForMessage(showing("Probe now"), 15_000);
  }, 60_000);
});
