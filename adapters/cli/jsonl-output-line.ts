import { noticeText } from "../../src/chat/notice-text.js";
import { assertNever } from "../../src/engine/index.js";
import type { Outbound } from "../../src/runtime/outbound.js";
import { diagnosisJson, schemaVersion } from "./diagnosis-json.js";
import type { ProbingStatus } from "./probing-status.js";
import { readingJson } from "./reading-json.js";
import { renderHandoffText } from "./render-handoff-text.js";
import type { JsonlOutputLine } from "./schemas/jsonl-output-line-schema.js";
import { terminalCommandSyntax } from "./terminal-command-syntax.js";
import { plainStyle } from "./terminal-style.js";

/** One message of the conversation as one `--jsonl` output line (schemas/jsonl-output.schema.json). */
export function jsonlOutputLine(
  message: Outbound,
  probing: (probeSummary?: string) => ProbingStatus,
): JsonlOutputLine {
  switch (message.kind) {
    case "question":
      return {
        schemaVersion,
        type: "question",
        id: message.questionId,
        text: message.text,
        ...(message.help === undefined ? {} : { help: message.help }),
        answers: message.answers.map(({ id, label }) => ({ id, label })),
        number: message.number,
        maxQuestions: message.maxQuestions,
        ...(message.readAs === undefined ? {} : { readAs: message.readAs }),
      };
    case "reading":
      return { schemaVersion, type: "reading", ...readingJson(message) };
    case "consent":
      return {
        schemaVersion,
        type: "consent",
        host: message.host,
        port: message.port,
        probes: message.probes,
      };
    case "probe-progress":
      return { schemaVersion, type: "progress", host: message.host, step: message.step };
    case "text":
      return { schemaVersion, type: "notice", text: message.text };
    case "notice":
      return { schemaVersion, type: "notice", text: noticeText(message, terminalCommandSyntax) };
    case "diagnosis":
      return { type: "diagnosis", ...diagnosisJson(message, probing(message.probeSummary)) };
    case "solved": {
      const { causeId, causeTitle, fixId, fixTitle, proof } = message;
      return {
        schemaVersion,
        type: "solved",
        causeId,
        causeTitle,
        fixId,
        fixTitle,
        ...(proof === undefined ? {} : { proof }),
      };
    }
    case "handoff":
      return {
        schemaVersion,
        type: "handoff",
        host: message.host,
        port: message.port,
        text: renderHandoffText(message, plainStyle),
      };
    case "cancelled":
      return { schemaVersion, type: "notice", text: "The diagnosis was cancelled." };
    default:
      return assertNever(message);
  }
}

/** An input line that could not be taken, said as a line of its own; the conversation goes on. */
export function jsonlErrorLine(message: string): JsonlOutputLine {
  return { schemaVersion, type: "error", message };
}
