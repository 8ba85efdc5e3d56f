import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeSlackApi, startFakeSlackApi } from "../../support/slack/fake-slack-api.js";

let api: FakeSlackApi;
beforeEach(async () => {
  api = await startFakeSlackApi();
});
afterEach(() => api.close());

const respond = (url: string, body: object) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

async function botMessage(text: string): Promise<string> {
  const response = await fetch(`${api.slackApiUrl}chat.postMessage`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", authorization: "Bearer xoxb-test" },
    body: new URLSearchParams({ channel: "C1", text }).toString(),
  });
  return ((await response.json()) as { ts: string }).ts;
}

describe("fake response_url endpoints", () => {
  it("GIVEN replace_original on a clicked message THEN that message is updated through response_url", async () => {
    const ts = await botMessage("Question 1");
    const url = api.responseUrl({ channel: "C1", userId: "U1", messageTs: ts });
    expect((await respond(url, { replace_original: true, text: "Question 2" })).status).toBe(200);
    expect(api.messagesIn("C1")[0]?.history.map((v) => [v.via, v.text])).toEqual([
      ["chat.postMessage", "Question 1"],
      ["response_url", "Question 2"],
    ]);
  });

  it("GIVEN delete_original THEN the clicked message is marked deleted", async () => {
    const ts = await botMessage("Question 1");
    await respond(api.responseUrl({ channel: "C1", messageTs: ts }), { delete_original: true });
    expect(api.messagesIn("C1")[0]?.deleted).toBe(true);
  });

  it("GIVEN in_channel and ephemeral responses to a command THEN one posts in the thread, one is private", async () => {
    const url = api.responseUrl({ channel: "C1", userId: "U1" });
    await respond(url, { response_type: "in_channel", text: "public", thread_ts: "1600000000.000100" });
    await respond(url, { text: "private" });
    expect(api.messagesIn("C1")).toMatchObject([{ text: "public", threadTs: "1600000000.000100" }]);
    expect(api.ephemerals).toMatchObject([
      { channel: "C1", user: "U1", text: "private", via: "response_url" },
    ]);
  });

  it("GIVEN a sixth post to one URL, or an unknown URL THEN it gets a 404 like a spent response_url", async () => {
    const url = api.responseUrl({ channel: "C1", userId: "U1" });
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await respond(url, { text: `n${i}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
    expect((await respond(url.replace(/R\d+$/, "R999"), { text: "x" })).status).toBe(404);
    expect(api.responses.at(-1)).toMatchObject({ id: "R999", status: 404 });
  });

  it("GIVEN failNext('response_url', 500) THEN the post fails, is recorded, and is not applied", async () => {
    api.failNext("response_url", { status: 500 });
    expect((await respond(api.responseUrl({ channel: "C1", userId: "U1" }), { text: "x" })).status).toBe(500);
    expect(api.responses).toMatchObject([{ status: 500, body: { text: "x" } }]);
    expect(api.ephemerals).toEqual([]);
  });
});
