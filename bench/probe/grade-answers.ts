import { assertNever } from "../../src/probes/assert-never.js";
import type { Answer, CertificateClaim, FactName, ToolAnswers } from "./bench-facts.js";
import type { Expected, ExpectedCertificate, LabTarget } from "./lab-targets.js";

/** When the lab made the certificates it generates itself: between `from` and `to`. */
export interface IssueWindow {
  from: Date;
  to: Date;
}

export interface GradedFact {
  right: boolean;
  /** What the table shows: "yes", "WRONG: ...", "no answer", "could not tell". */
  label: string;
}

export type GradedFacts = Record<FactName, GradedFact>;

const dayMs = 86_400_000;
// Certificates carry whole seconds, and the window is read from a clock that has milliseconds.
const slackMs = 1_000;

export function gradeAnswers(target: LabTarget, answers: ToolAnswers, issued: IssueWindow): GradedFacts {
  return {
    protocols: grade(target.protocols, answers.protocols, sameList, listLabel),
    versions: grade(target.versions, answers.versions, sameList, listLabel),
    certificate: grade(
      target.certificate,
      answers.certificate,
      (claim, expected) => certificateMatches(claim, expected, issued),
      certificateLabel,
    ),
  };
}

function grade<T, E>(
  expected: Expected<E>,
  answer: Answer<T>,
  matches: (claim: T, expected: E) => boolean,
  label: (claim: T) => string,
): GradedFact {
  switch (answer.kind) {
    case "no-answer":
      return { right: false, label: "no answer" };
    case "undetermined":
      return { right: expected.kind === "hidden", label: "could not tell" };
    case "claims": {
      const right = expected.kind === "value" && matches(answer.value, expected.value);
      return { right, label: right ? "yes" : `WRONG: ${label(answer.value)}` };
    }
    default:
      return assertNever(answer);
  }
}

function sameList<T>(claim: readonly T[], expected: readonly T[]): boolean {
  return claim.length === expected.length && claim.every((item) => expected.includes(item));
}

function listLabel(claim: readonly string[]): string {
  return claim.length === 0 ? "none" : claim.join(",");
}

function certificateMatches(claim: CertificateClaim, expected: ExpectedCertificate, issued: IssueWindow) {
  if (expected.kind === "none" || claim.kind === "none") return expected.kind === claim.kind;
  const notBefore = Date.parse(claim.notBefore);
  const notAfter = Date.parse(claim.notAfter);
  switch (expected.kind) {
    case "fixed":
      return notBefore === Date.parse(expected.notBefore) && notAfter === Date.parse(expected.notAfter);
    case "issued-at-start": {
      const from = issued.from.getTime() - slackMs;
      const to = issued.to.getTime() + slackMs;
      const validMs = expected.validDays * dayMs;
      const inWindow = (time: number, shift: number) => time >= from + shift && time <= to + shift;
      return inWindow(notBefore, 0) && inWindow(notAfter, validMs);
    }
    default:
      return assertNever(expected);
  }
}

function certificateLabel(claim: CertificateClaim): string {
  return claim.kind === "none"
    ? "no certificate"
    : `${claim.notBefore.slice(0, 10)} -> ${claim.notAfter.slice(0, 10)}`;
}
