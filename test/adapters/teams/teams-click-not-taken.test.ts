import { afterEach, describe, expect, it } from "vitest";
import { notTakenText } from "../../../src/chat/not-taken-text.js";
import { pollUntil } from "../../support/lab/poll-until.js";
import { StoreRefusingWork } from "../../support/store-refusing-work.js";
import {
  buttonData,
  type ServedTeamsBot,
  startServedTeamsBot,
} from "../../support/teams/served-teams-bot.js";
import { cardExecute, channelMention, teamsIds } from "../../support/teams/teams-activities.js";

let bot: ServedTeamsBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const chain = `${teamsIds.channel};messageid=${teamsIds.rootMessage}`;

describe("Teams: a click the store cannot take", () => {
  it("GIVEN the state store refuses a click's write THEN the invoke answer tells the person instead of 'Working on it…', and nothing is queued", async () => {
    const store = new StoreRefusingWork();
    bot = await startServedTeamsBot({ fault: "expired-cert", store });
    const served = bot;
    const mention = channelMention(`127.0.0.1 --port ${served.rdp.port}`, {
      serviceUrl: served.microsoft.serviceUrl,
    });
    await served.post(mention);
    const consent = await served.waitForCard(chain, /Probe now/);
    // The mention's own job finishes first, so any open job afterwards would be the refused click's.
    await pollUntil(async () => ((await store.countOpenJobs()) === 0 ? true : undefined), {
      deadlineMs: 5_000,
    });
    const posted = served.microsoft.calls.length;

    store.refuse = true;
    const click = cardExecute(buttonData(consent, "Probe now"), {
      serviceUrl: served.microsoft.serviceUrl,
      id: "click-refused",
    });
    const answer = await served.post(click);

    expect(answer).toEqual({
      status: 200,
      body: { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: notTakenText },
    });
    expect(await store.countOpenJobs()).toBe(0);
    expect(served.microsoft.calls.length, "nothing more was posted").toBe(posted);
  });
});
