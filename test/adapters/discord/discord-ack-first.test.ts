import { afterEach, describe, expect, it } from "vitest";
import type { NewJob } from "../../../src/state/job.js";
import { MemoryStateStore } from "../../../src/state/memory-state-store.js";
import {
  type DiscordBotHarness,
  discordShowing,
  startDiscordBotHarness,
} from "../../support/discord/discord-bot-harness.js";

/** A store whose delivery writes (dedupe and queueing) wait until the test opens them: a slow disk, say. */
class HeldWritesStore extends MemoryStateStore {
  #open!: () => void;
  readonly #opened = new Promise<void>((resolve) => {
    this.#open = resolve;
  });
  writesWaiting = 0;

  openWrites(): void {
    this.#open();
  }

  override async firstSighting(key: string, ttlMs: number): Promise<boolean> {
    this.writesWaiting += 1;
    await this.#opened;
    return super.firstSighting(key, ttlMs);
  }

  override async enqueueFirstDelivery(job: NewJob, deliveryKeys: readonly string[], ttlMs: number) {
    this.writesWaiting += 1;
    await this.#opened;
    return super.enqueueFirstDelivery(job, deliveryKeys, ttlMs);
  }
}

let discord: DiscordBotHarness | undefined;

afterEach(async () => {
  await discord?.stop();
  discord = undefined;
});

describe("Discord's ack path", () => {
  it("GIVEN the store slow to write WHEN /rdp-fix arrives THEN the deferral goes out before the write, and the work follows once it is written", async () => {
    const store = new HeldWritesStore();
    discord = await startDiscordBotHarness({ store });
    discord.command({ host: "host42" });
    const deferral = await discord.fake.waitForCall("POST /interactions/:interactionId/:token/callback");
    expect(deferral.status).toBe(204);
    await discord.fake.waitFor(() => store.writesWaiting > 0, 2000);
    expect(await store.countOpenJobs()).toBe(0);
    store.openWrites();
    await discord.waitForMessage(discordShowing("Skip probes"));
  });
});
