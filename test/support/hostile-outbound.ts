import { readFileSync } from "node:fs";
import type { DiagnosisReply, HandoffReply, QuestionReply } from "../../src/engine/index.js";
import type { Outbound } from "../../src/runtime/outbound.js";
import { parseServerReport } from "../../src/server-report/parse-server-report.js";
import { serverReportEvent } from "../../src/server-report/server-report-event.js";
import {
  allCausesShown,
  expiredCertConversation,
  recordedProbeReport,
} from "../adapters/slack/slack-conversation-replies.js";

/** A small seeded generator (mulberry32): the same seed gives the same replies, so a failure replays. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * (max + 1));
  const pick = <T>(items: readonly T[]): T => items[int(items.length - 1)] as T;
  return { int, pick };
}

/** What hostile servers and people put in names: pings, markup, fences, bidi and control characters, emoji. */
const nasty = [
  "<!channel>",
  "@everyone",
  "<@U1> <@&123> <#C1>",
  "*bold* _it_ ~s~ **x** __u__ ||spoiler||",
  "```",
  "`",
  "\u202eevil\u202c",
  "\u0007\u001b[2J\u001b]0;title\u0007",
  "\r\nline two",
  "😀",
  "# heading",
  "-# small",
  "> quote",
  "[link](https://evil.example)",
  "&amp; & &lt;",
  "\\",
  "a".repeat(1000),
];

function hostileText(r: ReturnType<typeof random>, max: number): string {
  let text = "";
  while (text.length < max && r.int(4) > 0) text += `${r.pick(nasty)} ${"word ".repeat(r.int(30))}`;
  return text.slice(0, max);
}

/** The handoff of a conversation whose server report was pasted, as the engine gives it. */
function handoffWithReport(host: string): HandoffReply {
  const parsed = parseServerReport(
    readFileSync("test/fixtures/server-reports/cert-private-key.json", "utf8"),
  );
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const { bot } = expiredCertConversation(host);
  bot.send(serverReportEvent(parsed.report, "U0BOB"));
  bot.send({ kind: "handoff", user: "U0ALICE", to: "<@U0BOB>" });
  if (bot.last.kind !== "handoff") throw new Error(`expected a handoff, got ${bot.last.kind}`);
  return bot.last;
}

/**
 * Large and hostile replies built on real ones from the engine: every cause in full, up to 60 findings on a
 * multi-address host, a pasted server report, a 1,000-character certificate name, bidi and control
 * characters, a long handoff, a question with 150 answers, 500 probe steps. For property tests of every
 * converter: whatever comes in, each payload must stay inside its platform's limits.
 */
export function hostileOutbound(seed: number): Outbound[] {
  const r = random(seed);
  const host = r.pick(["host42", "10.0.0.5", "evil<!channel>", `h${"x".repeat(240)}.example`, "\u202ehost"]);
  const base = allCausesShown(host);
  const addresses = ["10.0.0.5", "10.0.0.6", "fd00::1:2:3:4", "192.168.100.200"];
  const findings = Array.from({ length: r.int(60) }, (_, i) => ({
    ...(base.findings[i % Math.max(1, base.findings.length)] ?? {
      id: "tcp.open",
      at: "2026-11-21T09:00:00.000Z",
    }),
    id: r.pick(["tcp.open", "cert.name-mismatch", "cert.expired", "server.cert-private-key-unreadable"]),
    address: r.pick(addresses),
    explanation: hostileText(r, 300),
    detail: r.int(3) === 0 ? `CN=${"c".repeat(1000)}` : hostileText(r, 1200),
  }));
  const causes = base.causes.map((c) => ({
    ...c,
    evidenceFor: [
      ...c.evidenceFor,
      ...Array.from({ length: r.int(8) }, () => ({
        source: "finding" as const,
        ref: "cert.name-mismatch",
        label: hostileText(r, 400),
        bits: r.pick([1, 3, -3]),
      })),
    ],
  }));
  const diagnosis: DiagnosisReply = {
    ...base,
    causes,
    shown: 1 + r.int(causes.length - 1),
    findings,
    probeSummary: hostileText(r, 600),
    reason: r.pick(["confident", "show-more", "server-report"] as const),
  };
  const handoff = handoffWithReport(host);
  const answer = handoff.answers[0];
  const bigHandoff: HandoffReply = {
    ...handoff,
    symptom: hostileText(r, 5000),
    ranking: causes,
    answers: answer
      ? Array.from({ length: r.int(100) }, () => ({ ...answer, answerLabel: hostileText(r, 200) }))
      : [],
    findings: [...handoff.findings, ...findings],
  };
  const question: QuestionReply = {
    kind: "question",
    questionId: "error-shown",
    text: hostileText(r, 3000),
    ...(r.int(1) === 1 ? { help: hostileText(r, 2000) } : {}),
    answers: Array.from({ length: 1 + r.int(150) }, (_, i) => ({
      id: `answer-${i}`,
      label: hostileText(r, 120) || "x",
    })),
    number: 1,
    maxQuestions: 6,
  };
  const steps = recordedProbeReport("expired-cert").steps;
  return [
    diagnosis,
    bigHandoff,
    question,
    { kind: "notice", text: hostileText(r, 5000) || "n" },
    {
      kind: "consent",
      host,
      port: 3389,
      probes: Array.from({ length: r.int(40) }, () => hostileText(r, 200)),
    },
    {
      kind: "probe-progress",
      host,
      step: {
        ...(steps[0] ?? { step: "dns", status: "ok", durationMs: 1, summary: "" }),
        summary: hostileText(r, 3000),
      },
    },
  ];
}
