import { assertNever } from "../../engine/index.js";
import type { Outbound } from "../../runtime/outbound.js";
import { noticeText } from "../notice-text.js";
import { person, plain, strong } from "./inline.js";
import { presentConsent } from "./present-consent.js";
import { presentDiagnosis } from "./present-diagnosis.js";
import { presentHandoff } from "./present-handoff.js";
import { presentProbeProgress } from "./present-probe-progress.js";
import { presentQuestion } from "./present-question.js";
import { presentReading } from "./present-reading.js";
import { presentRecheck } from "./present-recheck.js";
import type { PresenterContext } from "./presenter-context.js";
import { prose, proseDocument } from "./prose.js";
import type { ReplyDocument } from "./reply-document.js";

/**
 * Every outbound message as a reply document: all wording a person reads in a chat is decided here, once,
 * whatever the platform. Exhaustive, so a new kind of reply cannot be forgotten.
 */
export function presentReply(message: Outbound, platform: PresenterContext): ReplyDocument {
  switch (message.kind) {
    case "text":
      return proseDocument(message.text);
    case "notice": {
      // The restart hint is worded with this platform's own command (`<host>` stands where the host goes).
      const text = prose(noticeText(message, platform.commandSyntax));
      return { summary: text, blocks: [{ type: "note", text }] };
    }
    case "reading":
      return presentReading(message);
    case "consent":
      return presentConsent(message);
    case "question":
      return presentQuestion(message, platform);
    case "diagnosis":
      return presentDiagnosis(message);
    case "solved": {
      const line = [
        plain("✅ "),
        strong("Solved:"),
        plain(` "${message.fixTitle}" fixed ${message.causeTitle} (recorded for `),
        person(message.by),
        plain(")."),
      ];
      return {
        summary: line,
        blocks: [{ type: "paragraph", text: line }, ...(message.proof ? presentRecheck(message.proof) : [])],
      };
    }
    case "handoff":
      return presentHandoff(message);
    case "cancelled": {
      const line = [plain("Diagnosis cancelled by "), person(message.by), plain(".")];
      return { summary: line, blocks: [{ type: "note", text: line }] };
    }
    case "probe-progress":
      return presentProbeProgress(message.host, [message.step]);
    default:
      return assertNever(message);
  }
}
