import type { QuestionReply } from "../../src/engine/index.js";
import { encodeAnswerOption, encodeAnswerSelect } from "./custom-id-codec.js";
import { buttonRows, buttonStyle, decodesTo, discordButton, selectRow } from "./discord-components.js";
import { discordEmbed, discordMessage, embedColor } from "./discord-embeds.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordActionRow, DiscordMessage } from "./discord-message.js";
import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";
import { truncatePlainText } from "./truncate-plain-text.js";

type Answer = QuestionReply["answers"][number];

/** Up to this many answers are buttons (one row); more become string selects, 25 answers each. */
export const maxAnswerButtons = discordLimits.buttonsPerRow;
/** One row stays for "Skip" / "Results now"; the others can each hold a select. */
const maxSelects = discordLimits.actionRows - 1;

/**
 * One question: its text and help, the answers as buttons or string selects, then "Skip" and "Results now".
 * A label cut to fit loses meaning, so then (and when there is nothing to click) the answers are also listed
 * in full, numbered, and the buttons or options carry the numbers.
 */
export function renderDiscordQuestion(
  question: QuestionReply,
  sessionId: string | undefined,
): DiscordMessage {
  const asButtons =
    question.answers.length <= maxAnswerButtons &&
    question.answers.every((a) => a.label.length <= discordLimits.buttonLabel);
  const offered = question.answers.slice(0, maxSelects * discordLimits.selectOptions);
  const numbered = sessionId === undefined || offered.some((a) => a.label.length > discordLimits.optionLabel);
  const label = (a: Answer, i: number) => (numbered ? `${i + 1}. ${a.label}` : a.label);

  const notes = question.help ? [escapeDiscordMarkdown(question.help)] : [];
  if (question.readAs)
    notes.push(`Read from your message before: ${escapeDiscordMarkdown(question.readAs.label)}`);
  if (offered.length < question.answers.length)
    notes.push(`Only the first ${offered.length} of ${question.answers.length} answers fit in Discord.`);
  const list = offered.map((a, i) => `${i + 1}. ${escapeDiscordMarkdown(a.label)}`).join("\n");
  const embed = discordEmbed({
    title: `Question ${question.number} of at most ${question.maxQuestions}`,
    description: [`**${escapeDiscordMarkdown(question.text)}**`, ...notes, ...(numbered ? [list] : [])].join(
      "\n\n",
    ),
    color: embedColor.ask,
  });

  const answerRows = asButtons
    ? buttonRows(
        offered.map((a, i) =>
          discordButton(
            label(a, i),
            { kind: "answer", questionId: question.questionId, answerId: a.id },
            sessionId,
            buttonStyle.primary,
          ),
        ),
      )
    : answerSelects(question.questionId, offered.map(label), offered, sessionId);
  const controls = buttonRows([
    discordButton("Skip", { kind: "skip", questionId: question.questionId }, sessionId),
    discordButton("Results now", { kind: "results-now" }, sessionId),
  ]);
  return discordMessage({ embeds: [embed], components: [...answerRows, ...controls] });
}

/** Selects of 25 answers each; the custom_id names the question, the option values are answer ids. */
function answerSelects(
  questionId: string,
  labels: string[],
  answers: Answer[],
  sessionId: string | undefined,
): DiscordActionRow[] {
  if (sessionId === undefined) return [];
  const pages = Math.ceil(answers.length / discordLimits.selectOptions);
  return Array.from({ length: pages }, (_, page) => {
    const first = page * discordLimits.selectOptions;
    const customId = encodeAnswerSelect(questionId, sessionId, page + 1);
    const chunk = answers.slice(first, first + discordLimits.selectOptions);
    const options = chunk.flatMap((a, i) => {
      const value = encodeAnswerOption(a.id);
      const action = { kind: "answer" as const, questionId, answerId: a.id };
      if (!decodesTo(customId, [value], action)) return [];
      return [{ label: truncatePlainText(labels[first + i] ?? a.id, discordLimits.optionLabel), value }];
    });
    const placeholder =
      pages === 1 ? "Choose an answer" : `Answers ${first + 1}–${first + chunk.length}: choose one`;
    return options.length === 0
      ? []
      : [selectRow({ type: 3, custom_id: customId, placeholder, options, min_values: 1, max_values: 1 })];
  }).flat();
}
