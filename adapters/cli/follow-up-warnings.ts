import type { Flow } from "../../src/flow/flow-schema.js";

/**
 * `--answer` values for follow-up questions whose trigger answer was not given (credssp-patch-level without
 * error-shown=credssp): taken anyway, since the person may know more than the flow expects, but said, since
 * it is more often a typo or a forgotten --answer. A follow-up a probe finding can trigger is not flagged.
 */
export function followUpWarnings(
  flow: Flow,
  answers: ReadonlyArray<{ questionId: string; answerId: string }>,
): string[] {
  const given = new Set(answers.map((a) => `${a.questionId}=${a.answerId}`));
  return answers.flatMap(({ questionId }) => {
    const askIf = flow.questions.find((q) => q.id === questionId)?.askIf;
    if (!askIf?.anyAnswer || askIf.anyFinding || askIf.anyAnswer.some((a) => given.has(a))) return [];
    return [
      `${questionId} is a follow-up to ${askIf.anyAnswer.join(" or ")}, which was not given; taken anyway`,
    ];
  });
}
