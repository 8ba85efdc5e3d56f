import type { QuestionReply } from "../../engine/index.js";
import { plain, strong } from "./inline.js";
import type { PresenterContext } from "./presenter-context.js";
import type { DocumentBlock, DocumentButton, ReplyDocument } from "./reply-document.js";

/** Up to this many answers are buttons; more become one menu, which stays readable on a phone. */
export const maxAnswerButtons = 5;

/** One question: its text and help, the answers as buttons or a menu, then "Skip" and "Results now". */
export function presentQuestion(question: QuestionReply, platform: PresenterContext): ReplyDocument {
  const title = `Question ${question.number} of at most ${question.maxQuestions}`;
  const asSelect =
    question.answers.length > maxAnswerButtons ||
    question.answers.some((a) => a.label.length > platform.labelLength);
  const offered = question.answers.slice(0, platform.selectOptions);
  // A label cut to fit loses meaning, so then the full labels are listed, numbered, with the question.
  const numbered = offered.some(
    (a) => a.label.length > (asSelect ? platform.optionLength : platform.labelLength),
  );
  const label = (text: string, i: number) => (numbered ? `${i + 1}. ${text}` : text);
  const blocks: DocumentBlock[] = [
    { type: "heading", text: [strong(title)], tone: "ask" },
    { type: "paragraph", text: [strong(question.text)] },
  ];
  if (numbered) blocks.push({ type: "list", ordered: true, items: offered.map((a) => [plain(a.label)]) });
  const notes = question.help ? [question.help] : [];
  if (question.readAs) notes.push(`Read from your message before: ${question.readAs.label}`);
  if (offered.length < question.answers.length)
    notes.push(`Only the first ${offered.length} of ${question.answers.length} answers fit here.`);
  if (notes.length > 0) blocks.push({ type: "note", text: [plain(notes.join(" "))] });
  const answer = (answerId: string) =>
    ({ kind: "answer", questionId: question.questionId, answerId }) as const;
  const controls: DocumentButton[] = [
    { type: "button", label: "Skip", action: { kind: "skip", questionId: question.questionId } },
    { type: "button", label: "Results now", action: { kind: "results-now" } },
  ];
  if (asSelect)
    blocks.push(
      {
        type: "actions",
        items: [
          {
            type: "select",
            placeholder: "Choose an answer",
            options: offered.map((a, i) => ({ label: label(a.label, i), action: answer(a.id) })),
          },
        ],
      },
      { type: "actions", items: controls },
    );
  else
    blocks.push({
      type: "actions",
      items: [
        ...offered.map(
          (a, i): DocumentButton => ({ type: "button", label: label(a.label, i), action: answer(a.id) }),
        ),
        ...controls,
      ],
    });
  return { summary: [plain(`${title}: ${question.text}`)], blocks };
}
