import { afterEach, describe, expect, it } from "vitest";
import type { TeamsActivity } from "../../../adapters/teams/adaptive-card-element.js";
import {
  buttonData,
  cardText,
  type ServedTeamsBot,
  startServedTeamsBot,
} from "../../support/teams/served-teams-bot.js";
import { cardExecute, channelMention, teamsIds } from "../../support/teams/teams-activities.js";
import { checkTeamsActivity } from "./check-teams-activity.js";

let bot: ServedTeamsBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const chain = `${teamsIds.channel};messageid=${teamsIds.rootMessage}`;
const vpnQuestion = "How does the client reach the server?";
const sinceQuestion = "Has this connection ever worked";

/** The first new post (not an update) in the chain after `seen` posts whose card matches, and its index. */
async function nextPost(served: ServedTeamsBot, seen: number, shows: RegExp, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const calls = served.postedIn(chain);
    const at = calls.findIndex(
      (c, i) => i >= seen && c.method === "POST" && shows.test(JSON.stringify(c.body)),
    );
    const call = calls[at];
    if (call) return { card: call.body as unknown as TeamsActivity, index: at };
    if (Date.now() > until) throw new Error(`no new post showing ${shows} after ${seen} in ${chain}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("Teams: the mention's own words answer questions (served, real SDK, local stand-in for Microsoft)", () => {
  it("GIVEN `@rdp-fix host only fails over the VPN since Monday` THEN the chain says what was read, once, and never asks about the VPN or since when", async () => {
    bot = await startServedTeamsBot();
    const served = bot;
    const { serviceUrl } = served.microsoft;
    const text = `127.0.0.1 --port ${served.rdp.port} only fails over the VPN since Monday`;
    expect((await served.post(channelMention(text, { serviceUrl }))).status).toBe(200);

    const reading = await served.waitForCard(chain, /From your message/);
    expect(cardText(reading)).toContain("only fails over the vpn");
    expect(buttonData(reading, 'Change "since monday"')).toBeDefined();

    const consent = await served.waitForCard(chain, /Skip probes/);
    await served.post(cardExecute(buttonData(consent, "Skip probes"), { serviceUrl, id: "r-0" }));
    // Every question gets "Skip" (the person knows nothing more) until the diagnosis card.
    const asked: string[] = [];
    let seen = served.postedIn(chain).length;
    let diagnosis: TeamsActivity | undefined;
    for (let guard = 0; guard < 12 && diagnosis === undefined; guard++) {
      const { card, index } = await nextPost(served, seen, /Question \d|This fixed it/);
      seen = index + 1;
      if (/This fixed it/.test(JSON.stringify(card))) diagnosis = card;
      else {
        asked.push(cardText(card));
        await served.post(cardExecute(buttonData(card, "Skip"), { serviceUrl, id: `r-${guard + 1}` }));
      }
    }
    expect(diagnosis, "the conversation ends in a diagnosis").toBeDefined();
    expect(asked.length).toBeGreaterThan(0);
    for (const question of asked) {
      expect(question).not.toContain(vpnQuestion);
      expect(question).not.toContain(sinceQuestion);
    }
    const readings = served
      .postedIn(chain)
      .filter((c) => c.method === "POST" && /From your message/.test(JSON.stringify(c.body)));
    expect(readings).toHaveLength(1);
    for (const call of served.postedIn(chain))
      expect(checkTeamsActivity(call.body as unknown as TeamsActivity)).toEqual([]);
  });
});
