import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderHandoffText } from "../../adapters/cli/render-handoff-text.js";
import { plainStyle } from "../../adapters/cli/terminal-style.js";
import { parseServerReport } from "../../src/server-report/parse-server-report.js";
import { serverReportEvent } from "../../src/server-report/server-report-event.js";
import { sessionSchema } from "../../src/state/session-schema.js";
import { renderDiscordMessages } from "../adapters/discord/render-discord-message.js";
import { renderSlackMessages } from "../adapters/slack/render-slack-message.js";
import { engineConversation, shippedFlow } from "../support/engine-conversation.js";

function reportEvent(fixture: string) {
  const text = readFileSync(join(import.meta.dirname, "..", "fixtures", "server-reports", fixture), "utf8");
  const parsed = parseServerReport(text);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return serverReportEvent(parsed.report, "bob");
}

describe("a server report pasted into a conversation", () => {
  it("GIVEN a diagnosis WHEN the cert-private-key report arrives THEN the reply says which causes moved and re-ranks", () => {
    const bot = engineConversation(shippedFlow());
    bot.start("host42", { probing: false });
    bot.send({ kind: "results-now", user: "alice" });
    const { replies, session } = bot.send(reportEvent("cert-private-key.json"));
    const [said, diagnosis] = replies;
    expect(said?.kind === "text" && said.text).toMatch(
      /^Server report added: HOST42 \(Microsoft Windows Server 2019 Standard, build 17763\), collected 2026-11-21 09:00 UTC, \d+ facts\. cert-private-key: \d+% -> \d+%, now first/,
    );
    expect(diagnosis?.kind === "diagnosis" && diagnosis.reason).toBe("server-report");
    expect(diagnosis?.kind === "diagnosis" && diagnosis.causes[0]?.id).toBe("cert-private-key");
    expect(session?.serverReport?.by).toBe("bob");
    expect(sessionSchema.parse(session)).toEqual(session);
  });

  it("GIVEN a report in the session WHEN it is handed off THEN the handoff says where the report came from, in every renderer", () => {
    const bot = engineConversation(shippedFlow());
    bot.start("host42", { probing: false });
    bot.send({ kind: "results-now", user: "alice" });
    bot.send(reportEvent("cert-private-key.json"));
    bot.send({ kind: "handoff", user: "alice", to: "carol" });
    const handoff = bot.last;
    if (handoff.kind !== "handoff") throw new Error(`expected a handoff, got ${handoff.kind}`);
    expect(handoff.serverReport).toMatchObject({ computer: "HOST42", by: "bob" });
    expect(renderHandoffText(handoff, plainStyle)).toMatch(/Server report: HOST42 \(.*\(pasted by bob, /);
    expect(JSON.stringify(renderSlackMessages(handoff, { sessionId: bot.session.id }))).toContain(
      "Server report: HOST42",
    );
    expect(JSON.stringify(renderDiscordMessages(handoff, { sessionId: bot.session.id }))).toContain(
      "Server report: HOST42",
    );
  });

  it("GIVEN a session stored before server reports existed (no serverReport) THEN it still loads", () => {
    const bot = engineConversation(shippedFlow());
    const { session } = bot.start("host42", { probing: false });
    expect(session && "serverReport" in session).toBe(false);
    expect(sessionSchema.safeParse(JSON.parse(JSON.stringify(session))).success).toBe(true);
  });

  it("GIVEN a second report THEN it replaces the first one's findings instead of adding to them", () => {
    const bot = engineConversation(shippedFlow());
    bot.start("host42", { probing: false });
    bot.send({ kind: "results-now", user: "alice" });
    bot.send(reportEvent("cert-expired.json"));
    const { replies, session } = bot.send(reportEvent("healthy.json"));
    expect(replies[0]?.kind === "text" && replies[0].text).toMatch(/^Server report replaces the earlier one/);
    expect(session?.findings.map((f) => f.id)).not.toContain("server.cert-expired");
    expect(session?.findings.map((f) => f.id)).toContain("server.cert-valid");
  });

  it("GIVEN a report from another computer THEN the reply warns that it may be the wrong machine", () => {
    const bot = engineConversation(shippedFlow());
    bot.start("fileserver.corp.example", { probing: false });
    const { replies } = bot.send(reportEvent("healthy.json"));
    expect(replies[0]?.kind === "text" && replies[0].text).toContain(
      "the report is from HOST42, and this diagnosis is of fileserver.corp.example",
    );
  });

  it("GIVEN a listener set to another port than the one diagnosed THEN nothing listens on this one: rdp-service-down leads", () => {
    const bot = engineConversation(shippedFlow());
    bot.start("host42", { probing: false, port: 3390 });
    bot.send({ kind: "results-now", user: "alice" });
    const { replies, session } = bot.send(reportEvent("healthy.json"));
    const ids = session?.findings.map((f) => f.id) ?? [];
    expect(ids).toContain("server.port-differs");
    expect(ids).not.toContain("server.rdp-listening");
    const diagnosis = replies.find((r) => r.kind === "diagnosis");
    expect(diagnosis?.kind === "diagnosis" && diagnosis.causes[0]?.id).toBe("rdp-service-down");
  });

  it("GIVEN probes still running THEN the report is kept and counts once they finish", () => {
    const bot = engineConversation(shippedFlow());
    bot.start("host42", { probing: true });
    bot.send({ kind: "consent", allow: true, user: "alice" });
    const { replies, session } = bot.send(reportEvent("rdp-service-down.json"));
    expect(replies[0]?.kind === "text" && replies[0].text).toContain("once the probes are done");
    expect(session?.status).toBe("probing");
    const after = bot.send({ kind: "probes-finished", findings: [], summary: "nothing" });
    const diagnosis = after.replies.find((r) => r.kind === "diagnosis");
    const question = after.replies.find((r) => r.kind === "question");
    expect(diagnosis ?? question).toBeDefined();
    expect(after.session?.findings.some((f) => f.id === "server.termservice-stopped")).toBe(true);
  });
});
