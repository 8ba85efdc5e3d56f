import { afterEach, describe, expect, it } from "vitest";
import {
  buttonData,
  cardText,
  type ServedTeamsBot,
  startServedTeamsBot,
} from "../../support/teams/served-teams-bot.js";
import { cardExecute, channelMention, teamsIds } from "../../support/teams/teams-activities.js";
import { startWatchRounds } from "../../support/watch-rounds.js";
import { checkTeamsActivity } from "./check-teams-activity.js";

let bot: ServedTeamsBot | undefined;
let rounds: { stop(): Promise<void> } | undefined;
afterEach(async () => {
  await rounds?.stop();
  await bot?.stop();
  rounds = undefined;
  bot = undefined;
});

const chain = `${teamsIds.channel};messageid=${teamsIds.rootMessage}`;

describe("Teams: @rdp-fix watch (served, real SDK, local stand-in for Microsoft)", () => {
  it("GIVEN `@rdp-fix watch host every 6h` in a channel THEN the reply chain says what is watched, the alert comes there, and Diagnose now diagnoses with the check's findings", async () => {
    bot = await startServedTeamsBot();
    const served = bot;
    const { serviceUrl } = served.microsoft;
    const text = `watch 127.0.0.1 -p ${served.rdp.port} every 6h`;
    expect((await served.post(channelMention(text, { serviceUrl }))).status).toBe(200);

    await served.waitForCard(chain, /every 6h: alerts come in this thread/);
    const [watch] = await served.store.watches.listWatches();
    expect(watch).toMatchObject({
      host: "127.0.0.1",
      port: served.rdp.port,
      reportTo: { platform: "teams" },
    });

    rounds = startWatchRounds(served, [served.rdp.port]);
    const alert = await served.waitForCard(chain, /the RDP certificate expired on 2021-01-01/);
    expect(cardText(alert)).toContain("Stop-Service");
    await served.post(cardExecute(buttonData(alert, "Diagnose now"), { serviceUrl, id: "watch-click" }));
    await served.waitForCard(chain, /This fixed it/);
    for (const call of served.postedIn(chain)) expect(checkTeamsActivity(call.body as never)).toEqual([]);
  });
});
