import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { TeamsActivity } from "../../../adapters/teams/adaptive-card-element.js";
import { shippedCollectorOneLiner } from "../../../src/server-report/collector-script.js";
import { encodeServerReport } from "../../../src/server-report/encode-server-report.js";
import { pollUntil } from "../../support/lab/poll-until.js";
import {
  buttonData,
  cardText,
  type ServedTeamsBot,
  startServedTeamsBot,
} from "../../support/teams/served-teams-bot.js";
import {
  cardExecute,
  channelMention,
  personalMessage,
  teamsIds,
} from "../../support/teams/teams-activities.js";
import { checkTeamsActivity } from "./check-teams-activity.js";

let bot: ServedTeamsBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const chain = `${teamsIds.channel};messageid=${teamsIds.rootMessage}`;
const working = {
  statusCode: 200,
  type: "application/vnd.microsoft.activity.message",
  value: "Working on it…",
};

/** Every activity the bot posted anywhere is a valid Adaptive Card 1.5 under the size limit. */
function expectEveryPostValid(served: ServedTeamsBot) {
  expect(served.microsoft.calls.length).toBeGreaterThan(0);
  for (const call of served.microsoft.calls)
    expect(checkTeamsActivity(call.body as unknown as TeamsActivity), cardText(call.body as never)).toEqual(
      [],
    );
}

describe("Teams served end to end (real SDK on the runtime's HTTP server, local stand-in for Microsoft)", () => {
  it("GIVEN a signed @mention of a loopback endpoint with an expired certificate THEN consent card, click, and a diagnosis naming the expired certificate, all in the mention's reply chain", async () => {
    bot = await startServedTeamsBot({ fault: "expired-cert" });
    const served = bot;
    const mention = channelMention(`127.0.0.1 --port ${served.rdp.port} 0x904 since monday`, {
      serviceUrl: served.microsoft.serviceUrl,
    });
    expect(await served.post(mention)).toEqual({ status: 200, body: undefined });

    const consent = await served.waitForCard(chain, /Probe now/);
    const click = cardExecute(buttonData(consent, "Probe now"), {
      serviceUrl: served.microsoft.serviceUrl,
      id: "click-1",
    });
    expect(await served.post(click)).toEqual({ status: 200, body: working });

    const diagnosis = await served.waitForCard(chain, /This fixed it/);
    expect(cardText(diagnosis)).toMatch(/certificate is expired/i);
    // Nothing went anywhere but the reply chain: no new top-level post, no other conversation.
    expect(new Set(served.microsoft.calls.map((call) => call.conversationId))).toEqual(new Set([chain]));
    expect(
      served.microsoft.calls.every((call) => /^Bearer fake-bot-token-\d+$/.test(call.authorization ?? "")),
    ).toBe(true);
    expectEveryPostValid(served);

    // "Check the server" hands out the collector one-liner, verbatim, in the same chain.
    await served.post(
      cardExecute(buttonData(diagnosis, "Check the server"), {
        serviceUrl: served.microsoft.serviceUrl,
        id: "click-2",
      }),
    );
    const check = await served.waitForCard(chain, /RDPFIX1/);
    expect(cardText(check)).toContain(shippedCollectorOneLiner());
    expectEveryPostValid(served);
  });

  it("GIVEN the same click delivered twice THEN it is answered both times but acted on once", async () => {
    bot = await startServedTeamsBot();
    const served = bot;
    await served.post(
      channelMention(`127.0.0.1 --port ${served.rdp.port}`, { serviceUrl: served.microsoft.serviceUrl }),
    );
    const consent = await served.waitForCard(chain, /Skip probes/);
    const click = cardExecute(buttonData(consent, "Skip probes"), {
      serviceUrl: served.microsoft.serviceUrl,
      id: "c-1",
    });
    const [first, again] = await Promise.all([served.post(click), served.post(click)]);
    expect([first.status, again.status]).toEqual([200, 200]);
    await served.waitForCard(chain, /Question 1/);
    // The job settles after it posts: wait for both clicks' work to end before counting what was posted.
    const open = await pollUntil(
      async () => ((await served.store.countOpenJobs("teams:click")) === 0 ? 0 : undefined),
      { deadlineMs: 10_000 },
    );
    expect(open, "no click is left to be retried").toBe(0);
    const questions = served.postedIn(chain).filter((call) => /Question 1/.test(JSON.stringify(call.body)));
    expect(questions).toHaveLength(1);
  });

  it("GIVEN a click on a card whose diagnosis is gone THEN the card is replaced by one that says so, and nothing is done", async () => {
    bot = await startServedTeamsBot();
    const served = bot;
    const stale = cardExecute(
      { rdpfix: 1, session: "s-replaced-long-ago", action: { kind: "consent", allow: true } },
      { serviceUrl: served.microsoft.serviceUrl, id: "stale-1" },
    );
    const answer = await served.post(stale);
    expect(answer.status).toBe(200);
    const body = answer.body as { type: string; value: TeamsActivity["attachments"][0]["content"] };
    expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(JSON.stringify(body.value)).toContain("no longer running");
    expect(
      checkTeamsActivity({
        type: "message",
        attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: body.value }],
      }),
    ).toEqual([]);
    expect(await served.store.countOpenJobs()).toBe(0);
    expect(served.microsoft.calls).toEqual([]);
  });

  it("GIVEN `diagnose <host>` in a personal chat THEN the diagnosis runs in that chat", async () => {
    bot = await startServedTeamsBot();
    const served = bot;
    await served.post(
      personalMessage(`diagnose 127.0.0.1 --port ${served.rdp.port}`, {
        serviceUrl: served.microsoft.serviceUrl,
      }),
    );
    await served.waitForCard(teamsIds.personalChat, /Probe now/);
    expect(new Set(served.microsoft.calls.map((call) => call.conversationId))).toEqual(
      new Set([teamsIds.personalChat]),
    );
    expectEveryPostValid(served);
  });
});

describe("Teams served: Check the server, then the report pasted into the card's own form", () => {
  it("GIVEN a server-side cause on top THEN its card carries the collector and a 4,000-character report box, and a report submitted through it re-ranks the same diagnosis", async () => {
    bot = await startServedTeamsBot({ fault: "key-unusable" });
    const served = bot;
    const serviceUrl = served.microsoft.serviceUrl;
    await served.post(channelMention(`127.0.0.1 --port ${served.rdp.port}`, { serviceUrl }));
    const consent = await served.waitForCard(chain, /Probe now/);
    await served.post(cardExecute(buttonData(consent, "Probe now"), { serviceUrl, id: "k-1" }));
    // The probes see TLS die on an unusable certificate, but not why: the engine still has questions.
    const question = await served.waitForCard(chain, /Question 1/);
    await served.post(cardExecute(buttonData(question, "Results now"), { serviceUrl, id: "k-2" }));
    const diagnosis = await served.waitForCard(chain, /Check the server/);
    await served.post(cardExecute(buttonData(diagnosis, "Check the server"), { serviceUrl, id: "k-3" }));
    const card = await served.waitForCard(chain, /RDPFIX1/);
    const box = objectsOf(card).find((o) => o.type === "Input.Text");
    expect(box).toMatchObject({ id: "report", isMultiline: true });
    expect(Number(box?.maxLength)).toBeGreaterThanOrEqual(4000);

    const submit = objectsOf(card).find(
      (o) =>
        o.type === "Action.Execute" &&
        (o.data as { action: { kind: string } }).action.kind === "submit-server-report",
    );
    const report = encodeServerReport(fixture("cert-private-key"));
    const answer = await served.post(
      cardExecute({ ...(submit?.data as object), report }, { serviceUrl, id: "k-4" }),
    );
    expect(answer.status).toBe(200);
    await served.waitForCard(chain, /Server report added/);
    const reranked = await served.waitForCard(chain, /re-ranked with the server/);
    expect(cardText(reranked)).toMatch(/private key/i);
    expectEveryPostValid(served);
  });
});

const fixture = (cause: string) =>
  JSON.parse(readFileSync(`test/fixtures/server-reports/${cause}.json`, "utf8")) as unknown;

function objectsOf(activity: TeamsActivity): Array<Record<string, unknown>> {
  const walk = (value: unknown): Array<Record<string, unknown>> =>
    Array.isArray(value)
      ? value.flatMap(walk)
      : typeof value === "object" && value !== null
        ? [value as Record<string, unknown>, ...Object.values(value).flatMap(walk)]
        : [];
  return walk(activity.attachments[0].content.body);
}

describe("Teams served: who may probe, and handoff", () => {
  it("GIVEN RDP_FIX_PROBE_TEAMS_USERS names someone else THEN the chain says why probing is not offered, and the questions still come", async () => {
    bot = await startServedTeamsBot({ probeUsers: ["bbbbbbbb-0000-4000-8000-000000000002"] });
    const served = bot;
    await served.post(
      channelMention(`127.0.0.1 --port ${served.rdp.port}`, { serviceUrl: served.microsoft.serviceUrl }),
    );
    const refusal = await served.waitForCard(chain, /Probing is not offered to you here/);
    expect(cardText(refusal)).toMatch(
      /only by members of the Teams probe list .*bbbbbbbb-0000-4000-8000-000000000002/,
    );
    await served.waitForCard(chain, /Question 1/);
  });

  it("GIVEN a diagnosis in a reply chain THEN `@rdp-fix handoff @Grace` there posts the handoff summary in it", async () => {
    bot = await startServedTeamsBot();
    const served = bot;
    const serviceUrl = served.microsoft.serviceUrl;
    await served.post(channelMention(`127.0.0.1 --port ${served.rdp.port}`, { serviceUrl }));
    await served.waitForCard(chain, /Probe now/);
    const handoff = channelMention("handoff @Grace", { serviceUrl, id: "1700000000050" });
    await served.post({ ...handoff, conversation: { ...handoff.conversation, id: chain } });
    const summary = await served.waitForCard(chain, /Handoff/i);
    expect(cardText(summary)).toContain("@Grace");
    expectEveryPostValid(served);
  });
});
