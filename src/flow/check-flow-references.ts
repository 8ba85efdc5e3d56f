import { flowPlaceholders, placeholderPattern } from "./flow-placeholders.js";
import type { Condition, Evidence, Flow } from "./flow-schema.js";
import { reportReadingProblems } from "./report-reading-problems.js";

export interface ReferenceProblem {
  path: Array<string | number>;
  message: string;
}

/**
 * Checks what a schema cannot: that every id a flow mentions exists, that ids are unique, and that every
 * question and cause can actually take part in a conversation.
 */
export function checkFlowReferences(flow: Flow): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const report = (path: Array<string | number>, message: string) => problems.push({ path, message });

  const causeIds = new Set(flow.causes.map((c) => c.id));
  const findingIds = new Set(flow.findings.map((f) => f.id));
  const answerKeys = new Set(flow.questions.flatMap((q) => q.answers.map((a) => `${q.id}=${a.id}`)));
  const mentionedCauses = new Set<string>();

  reportDuplicates(flow.causes, ["causes"], "cause", report);
  reportDuplicates(flow.questions, ["questions"], "question", report);
  reportDuplicates(flow.findings, ["findings"], "finding", report);

  const checkEvidence = (evidence: Evidence, path: Array<string | number>) => {
    for (const [causeId, bits] of Object.entries(evidence)) {
      if (!causeIds.has(causeId))
        report([...path, causeId], `unknown cause "${causeId}"${suggest(causeId, causeIds)}`);
      else if (bits !== 0) mentionedCauses.add(causeId);
    }
  };

  const checkCondition = (condition: Condition | undefined, path: Array<string | number>, ownId: string) => {
    if (!condition) return;
    condition.anyFinding?.forEach((id, i) => {
      if (!findingIds.has(id))
        report([...path, "anyFinding", i], `unknown finding "${id}"${suggest(id, findingIds)}`);
    });
    condition.anyAnswer?.forEach((key, i) => {
      if (key.startsWith(`${ownId}=`)) {
        report(
          [...path, "anyAnswer", i],
          `"${key}" refers to the question itself, so the condition can never be met`,
        );
      } else if (!answerKeys.has(key)) {
        report([...path, "anyAnswer", i], `unknown answer "${key}"${suggest(key, answerKeys)}`);
      }
    });
  };

  flow.causes.forEach((cause, ci) => {
    reportDuplicates(cause.fixes, ["causes", ci, "fixes"], "fix", report);
  });

  flow.questions.forEach((question, qi) => {
    const path = ["questions", qi];
    reportDuplicates(question.answers, [...path, "answers"], "answer", report);
    question.answers.forEach((answer, ai) => {
      checkEvidence(answer.evidence, [...path, "answers", ai, "evidence"]);
    });
    checkCondition(question.askIf, [...path, "askIf"], question.id);
    checkCondition(question.skipIf, [...path, "skipIf"], question.id);
    if (question.answers.every((a) => Object.values(a.evidence).every((bits) => bits === 0))) {
      report(
        [...path, "answers"],
        `question "${question.id}" can never be asked: none of its answers carries evidence`,
      );
    }
  });

  flow.findings.forEach((finding, fi) => {
    checkEvidence(finding.evidence, ["findings", fi, "evidence"]);
  });

  reportUnreachableQuestions(flow, report);
  reportUnknownPlaceholders(flow, [], report);

  flow.causes.forEach((cause, ci) => {
    if (!mentionedCauses.has(cause.id)) {
      report(
        ["causes", ci],
        `cause "${cause.id}" is moved by no answer or finding, so it can only keep its prior`,
      );
    }
  });
  reportDontKnowProblems(flow, report);
  reportReadingProblems(flow, report);

  return problems;
}

/** "Don't know" tells nothing: it may carry no evidence, and a question has at most one. */
function reportDontKnowProblems(flow: Flow, report: (path: Array<string | number>, message: string) => void) {
  flow.questions.forEach((question, qi) => {
    const marked = question.answers.flatMap((answer, ai) => (answer.dontKnow ? [{ answer, ai }] : []));
    for (const { answer, ai } of marked)
      if (Object.keys(answer.evidence).length > 0)
        report(
          ["questions", qi, "answers", ai, "evidence"],
          `"${answer.id}" is a "don't know" answer, so it may carry no evidence`,
        );
    if (marked.length > 1)
      report(
        ["questions", qi, "answers"],
        `question "${question.id}" has ${marked.length} "don't know" answers; keep one`,
      );
  });
}

function reportDuplicates(
  items: ReadonlyArray<{ id: string }>,
  path: Array<string | number>,
  kind: string,
  report: (path: Array<string | number>, message: string) => void,
) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      report([...path, i, "id"], `duplicate ${kind} id "${item.id}" (first at ${path.join(".")}[${first}])`);
  });
}

/**
 * A question whose askIf only accepts answers of questions that can themselves never be asked (a cycle of
 * askIf conditions with no finding to break in) is dead text.
 */
function reportUnreachableQuestions(
  flow: Flow,
  report: (path: Array<string | number>, message: string) => void,
) {
  const byId = new Map(flow.questions.map((q) => [q.id, q]));
  const reachable = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const q of flow.questions) {
      if (reachable.has(q.id)) continue;
      const askIf = q.askIf;
      const open =
        askIf === undefined ||
        askIf.anyFinding !== undefined ||
        (askIf.anyAnswer ?? []).some((key) => {
          const other = key.split("=")[0] ?? "";
          return byId.has(other) && reachable.has(other);
        });
      if (open) {
        reachable.add(q.id);
        changed = true;
      }
    }
  }
  flow.questions.forEach((q, qi) => {
    const keys = q.askIf?.anyAnswer ?? [];
    const selfReference = keys.some((key) => key.startsWith(`${q.id}=`)); // reported on its own already
    if (!reachable.has(q.id) && !selfReference && keys.every((key) => answerExists(byId, key))) {
      report(
        ["questions", qi, "askIf"],
        `question "${q.id}" can never be asked: its askIf depends on questions that are never asked`,
      );
    }
  });
}

/** A placeholder the engine does not fill would reach the user as `<address>`, in a command they copy. */
function reportUnknownPlaceholders(
  value: unknown,
  path: Array<string | number>,
  report: (path: Array<string | number>, message: string) => void,
) {
  if (typeof value === "string") {
    for (const [placeholder] of value.matchAll(placeholderPattern)) {
      if (!(flowPlaceholders as readonly string[]).includes(placeholder)) {
        report(
          path,
          `unknown placeholder ${placeholder}: the engine fills only ${flowPlaceholders.join(", ")}; write a word in capitals (SERVER-IP) for what the person fills in`,
        );
      }
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      reportUnknownPlaceholders(item, [...path, i], report);
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) reportUnknownPlaceholders(item, [...path, key], report);
  }
}

function answerExists(byId: Map<string, Flow["questions"][number]>, key: string): boolean {
  const [questionId, answerId] = key.split("=");
  return byId.get(questionId ?? "")?.answers.some((a) => a.id === answerId) ?? false;
}

/** Points at the likely intended id when a reference has a small typo. */
function suggest(id: string, known: ReadonlySet<string>): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(id, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? "" : ` (did you mean "${best}"?)`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
