import type { InboundEvent, ReadingReply } from "../../src/engine/index.js";
import type { Outbound } from "../../src/runtime/outbound.js";
import type { CliIo } from "./cli-io.js";
import { findCauseByLabel } from "./find-cause-by-label.js";
import { findFixByLabel } from "./find-fix-by-label.js";
import { recheckWithoutProbes } from "./recheck-without-probes.js";
import { serverReportInput } from "./server-report-input.js";

/**
 * Asks the person at the terminal what to do next, given what the conversation waits for. Returns the event
 * to dispatch, or undefined when they are done (or the input ended).
 */
export async function readUserChoice(
  current: Outbound,
  io: CliIo,
  user: string,
  reading?: ReadingReply,
): Promise<InboundEvent | undefined> {
  const readLine = io.readLine;
  if (!readLine) return undefined;
  for (;;) {
    switch (current.kind) {
      case "consent": {
        const line = await readLine("Probe now? [Y/n] ");
        if (line === undefined) return undefined;
        if (/^(y|yes|)$/i.test(line)) return { kind: "consent", allow: true, user };
        if (/^(n|no)$/i.test(line)) return { kind: "consent", allow: false, user };
        break;
      }
      case "question": {
        const line = await readLine(`Answer [1-${current.answers.length}, s, r, p]: `);
        if (line === undefined) return { kind: "results-now", user };
        const change = changeReading(line, reading, user);
        if (change) return change;
        if (/^p$/i.test(line)) {
          const pasted = await readPastedReport(readLine, io, user);
          if (pasted) return pasted;
          continue;
        }
        const answer = current.answers[Number(line) - 1];
        if (/^\d+$/.test(line) && answer)
          return { kind: "answer", questionId: current.questionId, answerId: answer.id, user };
        if (/^s$/i.test(line)) return { kind: "skip-question", questionId: current.questionId, user };
        if (/^r$/i.test(line)) return { kind: "results-now", user };
        break;
      }
      case "diagnosis": {
        const line = await readLine(
          "\n[m] more causes  [w 1a] fix 1a worked  [n 1a] did not help  [c 1a] applied 1a: re-check  [x 2] cause 2 is not it  [p] paste a server report  [h] handoff  [q] quit: ",
        );
        if (line === undefined || /^q(uit)?$/i.test(line)) return undefined;
        const change = changeReading(line, reading, user);
        if (change) return change;
        if (/^p$/i.test(line)) {
          const pasted = await readPastedReport(readLine, io, user);
          if (pasted) return pasted;
          continue;
        }
        if (/^m$/i.test(line)) return { kind: "show-more", user };
        if (/^h$/i.test(line)) return { kind: "handoff", user };
        const ruleOut = /^x\s*(\S+)$/i.exec(line);
        const causeId = ruleOut?.[1] ? findCauseByLabel(current, ruleOut[1]) : undefined;
        if (causeId) return { kind: "rule-out-cause", causeId, user };
        const feedback = /^([wnc])\s*(\d+[a-z])$/i.exec(line);
        const fix = feedback?.[2] ? findFixByLabel(current, feedback[2]) : undefined;
        if (feedback && fix && feedback[1]?.toLowerCase() === "c") {
          const noProbes = recheckWithoutProbes(current);
          if (!noProbes) return { kind: "recheck", ...fix, user };
          io.stderr(noProbes);
          continue;
        }
        if (feedback && fix) {
          const outcome = feedback[1]?.toLowerCase() === "w" ? "worked" : "did-not-help";
          return { kind: "fix-feedback", ...fix, outcome, user };
        }
        break;
      }
      case "handoff":
        return { kind: "resume", user };
      default:
        return undefined;
    }
    io.stderr("Please choose one of the options shown.");
  }
}

/** `e2`: the second fact read from the message is wrong; ask that question instead. */
function changeReading(
  line: string,
  reading: ReadingReply | undefined,
  user: string,
): InboundEvent | undefined {
  const pick = /^e\s*(\d{1,2})$/i.exec(line);
  const fact = pick?.[1] ? reading?.facts[Number(pick[1]) - 1] : undefined;
  return fact ? { kind: "correct-reading", questionId: fact.questionId, user } : undefined;
}

/**
 * The paste step: the collector's RDPFIX1: line, read as one line. A bad paste is said with what to do, and the
 * conversation stays where it was (undefined), so the person can paste again or answer instead.
 */
async function readPastedReport(
  readLine: (prompt: string) => Promise<string | undefined>,
  io: CliIo,
  user: string,
): Promise<InboundEvent | undefined> {
  const line = await readLine("Paste the RDPFIX1: line from rdp-fix collector (run it on the server): ");
  if (line === undefined || line.trim() === "") return undefined;
  const input = serverReportInput(line, user);
  if (input.ok) return input.event;
  io.stderr(`That report cannot be used: ${input.message}. ${input.advice}`);
  return undefined;
}
