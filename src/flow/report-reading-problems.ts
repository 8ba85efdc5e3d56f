import type { Flow } from "./flow-schema.js";

type Report = (path: Array<string | number>, message: string) => void;

/**
 * What the schema cannot see in the reading data: a wording that can never match (it uses a word the
 * synonyms replace before matching), the same wording on two answers of one question (they would always
 * cancel out), an answer that `outranks` or `combines` answers its question does not have, and `basics`
 * naming a kind of knowledge no question has.
 */
export function reportReadingProblems(flow: Flow, report: Report): void {
  const { synonyms, basics, hedges, neutral } = flow.reading;
  const checkWords = (phrase: string, path: Array<string | number>) => {
    const replaced = phrase
      .split(" ")
      // A synonym may keep its word among the ones it adds ("24h2" is read as "windows 11 24h2").
      .find((word) => synonyms[word] !== undefined && !synonyms[word].split(" ").includes(word));
    if (replaced !== undefined)
      report(path, `"${replaced}" is read as "${synonyms[replaced]}" before matching; write that instead`);
  };
  for (const [i, phrase] of hedges.entries()) checkWords(phrase, ["reading", "hedges", i]);
  for (const [i, phrase] of neutral.entries()) checkWords(phrase, ["reading", "neutral", i]);
  flow.questions.forEach((question, qi) => {
    const owner = new Map<string, string>();
    const ids = new Set(question.answers.map((a) => a.id));
    question.answers.forEach((answer, ai) => {
      (answer.says ?? []).forEach((phrase, si) => {
        const path = ["questions", qi, "answers", ai, "says", si];
        checkWords(phrase, path);
        const earlier = owner.get(phrase);
        if (earlier !== undefined && earlier !== answer.id)
          report(path, `"${phrase}" is also said for "${question.id}=${earlier}"; one wording, one answer`);
        owner.set(phrase, answer.id);
      });
      const related = { outranks: answer.outranks ?? [], combines: answer.combines ?? [] };
      for (const [field, others] of Object.entries(related))
        others.forEach((other, oi) => {
          if (!ids.has(other) || other === answer.id)
            report(
              ["questions", qi, "answers", ai, field, oi],
              `"${other}" is not another answer of "${question.id}"`,
            );
        });
    });
  });
  if (basics !== undefined && !flow.questions.some((q) => q.knowledge === basics))
    report(["reading", "basics"], `no question has knowledge "${basics}"`);
}
