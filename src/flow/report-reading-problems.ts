import type { Flow } from "./flow-schema.js";

type Report = (path: Array<string | number>, message: string) => void;

/**
 * What the schema cannot see in the reading data: a wording that can never match (it uses a word the
 * synonyms replace before matching), the same wording on two answers of one question (they would always
 * cancel out), and `basics` naming a kind of knowledge no question has.
 */
export function reportReadingProblems(flow: Flow, report: Report): void {
  const { synonyms, basics } = flow.reading;
  flow.questions.forEach((question, qi) => {
    const owner = new Map<string, string>();
    question.answers.forEach((answer, ai) => {
      (answer.says ?? []).forEach((phrase, si) => {
        const path = ["questions", qi, "answers", ai, "says", si];
        const replaced = phrase
          .split(" ")
          .find((word) => synonyms[word] !== undefined && synonyms[word] !== word);
        if (replaced !== undefined)
          report(
            path,
            `"${replaced}" is read as "${synonyms[replaced]}" before matching; write that instead`,
          );
        const earlier = owner.get(phrase);
        if (earlier !== undefined && earlier !== answer.id)
          report(path, `"${phrase}" is also said for "${question.id}=${earlier}"; one wording, one answer`);
        owner.set(phrase, answer.id);
      });
    });
  });
  if (basics !== undefined && !flow.questions.some((q) => q.knowledge === basics))
    report(["reading", "basics"], `no question has knowledge "${basics}"`);
}
