import { describe, expect, it } from "vitest";
import { renderOutboundText } from "../../adapters/cli/render-outbound-text.js";
import { colourStyle, plainStyle } from "../../adapters/cli/terminal-style.js";
import type { DiagnosisReply, HandoffReply, Reply } from "../../src/engine/index.js";
import { certificateFacts } from "../../src/probes/certificate-facts.js";
import type { RdpEndpointObservation } from "../../src/probes/rdp-endpoint-observation.js";
import { rdpFindings } from "../../src/probes/rdp-findings.js";
import { tlsSteps } from "../../src/probes/tls-steps.js";
import type { Outbound } from "../../src/runtime/outbound.js";
import { makeNamedCertificate } from "../probes/make-named-certificate.js";
import { engineConversation, shippedFlow } from "../support/engine-conversation.js";
import { renderDiscordMessage } from "./discord/render-discord-message.js";
import { renderSlackMessage } from "./slack/render-slack-message.js";

const esc = "\u001b";
const hostileName = `srv${esc}[2J\r\nFAKE: all good\u202eevil`;
const hostileSan = `san${esc}]0;pwned\u0007\n.lab`;
/** What a reader must never get: C0 (but LF, checked per line), DEL, C1, and the bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these
const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

/** The real pure probe code over one observation: the certificate step and the findings, as a probe run. */
function hostileProbe(commonName: string, dnsNames: string[]) {
  const reading = certificateFacts(
    makeNamedCertificate({ commonName, encoding: "utf8", dnsNames }),
    "rdp-lab.local",
    new Date("2030-06-01T00:00:00Z"),
  );
  const observation: RdpEndpointObservation = {
    host: "rdp-lab.local",
    port: 3389,
    address: "127.0.0.1",
    negotiations: [],
    tls: {
      client: "modern",
      outcome: { kind: "established", version: "TLSv1.2", cipher: "x", durationMs: 3 },
    },
    versionSweep: null,
    cipherSweep: null,
    certificate: reading,
    ntlm: null,
  };
  const step = tlsSteps(observation).find((s) => s.step === "certificate");
  if (!step) throw new Error("no certificate step");
  const at = "2030-06-01T00:00:00.000Z";
  const findings = rdpFindings(observation).map((f) => ({ ...f, address: "127.0.0.1", at }));
  return { step, findings };
}

/** Diagnosis and handoff from the real engine, with the hostile findings and a hostile symptom. */
function hostileConversation(findings: ReturnType<typeof hostileProbe>["findings"]) {
  const bot = engineConversation(shippedFlow());
  bot.start("rdp-lab.local", {
    probing: true,
    user: `mallory${esc}[8m`,
    text: `it broke\r\n${esc}]0;x\u0007\u202edone`,
  });
  bot.send({ kind: "consent", allow: true, user: "alice" });
  bot.send({ kind: "probes-finished", findings, summary: "Probed rdp-lab.local" });
  if (bot.last.kind === "question") bot.send({ kind: "results-now", user: "alice" });
  const diagnosis = bot.last as DiagnosisReply;
  bot.send({ kind: "handoff", user: "alice" });
  const handoff = bot.last as HandoffReply;
  if (diagnosis.kind !== "diagnosis" || handoff.kind !== "handoff") throw new Error("unexpected replies");
  return { diagnosis, handoff };
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** Every rendered line of every platform for one message. ANSI styling is ours, so the terminal is plain. */
function rendered(message: Outbound): Record<"terminal" | "slack" | "discord", string[]> {
  const lines = (texts: string[]) => texts.flatMap((t) => t.split("\n"));
  return {
    terminal: lines([renderOutboundText(message, plainStyle)]),
    slack: lines(strings(renderSlackMessage(message, { sessionId: "s-1" }))),
    discord: lines(strings(renderDiscordMessage(message, { sessionId: "s-1" }))),
  };
}

// The step quotes the CN, the name-mismatch finding the SAN names, the self-signed finding the subject.
const probe = hostileProbe(hostileName, [hostileSan]);
const talk = hostileConversation(probe.findings);
const messages: Array<[string, Outbound]> = [
  ["the certificate step", { kind: "probe-progress", host: "rdp-lab.local", step: probe.step }],
  ["the diagnosis", talk.diagnosis as Reply],
  ["the handoff", talk.handoff as Reply],
];

describe("a certificate whose CN carries ESC [2J, CR, LF and U+202E", () => {
  it("GIVEN the probe's own step and findings THEN they do quote the name raw (the renderers must clean it)", () => {
    expect(probe.step.summary).toContain(hostileName);
    expect(probe.findings.map((f) => f.detail).join()).toContain(hostileName);
    expect(probe.findings.map((f) => f.detail).join()).toContain(hostileSan);
  });

  describe.each(messages)("GIVEN %s", (_, message) => {
    const out = rendered(message);

    it.each(["terminal", "slack", "discord"] as const)(
      "THEN on %s no line holds a control or bidi character",
      (where) => {
        const bad = out[where].filter((line) => unsafe.test(line));
        expect(bad).toEqual([]);
      },
    );

    it.each(["terminal", "slack", "discord"] as const)(
      "THEN on %s the name stays on one line, its text kept",
      (where) => {
        if (message.kind === "handoff" || message.kind === "diagnosis" || message.kind === "probe-progress") {
          expect(out[where].some((line) => line.includes("srv FAKE: all goodevil"))).toBe(true);
          expect(out[where].some((line) => /^\W*FAKE/.test(line))).toBe(false);
        }
      },
    );
  });

  it("GIVEN a hostile SAN name THEN the diagnosis shows it with the OSC title sequence and the LF gone", () => {
    const out = rendered(talk.diagnosis);
    for (const where of ["terminal", "slack", "discord"] as const) {
      expect(out[where].some((line) => line.includes("san .lab"))).toBe(true);
      expect(out[where].join("\n")).not.toContain("pwned");
    }
  });

  it("GIVEN a hostile symptom and user name THEN the terminal and chat handoffs show them inert", () => {
    const out = rendered(talk.handoff);
    expect(out.terminal.some((line) => line === "Symptom: it broke done")).toBe(true);
    for (const where of ["slack", "discord"] as const)
      expect(out[where].some((line) => line.includes("it broke done"))).toBe(true);
  });

  it("GIVEN colour output THEN the only escapes in the diagnosis are our own SGR styles", () => {
    const text = renderOutboundText(talk.diagnosis, colourStyle);
    const ours = new RegExp(`${esc}\\[(?:1|2|22|31|32|39)m`, "g");
    expect(text.replace(ours, "")).not.toMatch(unsafe);
  });
});

describe("a certificate whose CN is UTF-8 'srv-ü-日本'", () => {
  const plain = hostileProbe("srv-ü-日本", []);
  it("GIVEN its certificate step THEN every platform shows the name as written", () => {
    const out = rendered({ kind: "probe-progress", host: "rdp-lab.local", step: plain.step });
    for (const where of ["terminal", "slack", "discord"] as const)
      expect(out[where].join("\n")).toContain("srv-ü-日本");
  });
});
