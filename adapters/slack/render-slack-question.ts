import type { QuestionReply } from "../../src/engine/index.js";
import { actionButton } from "./action-button.js";
import { encodeAnswerSelect } from "./action-id-codec.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import type { ActionsBlock } from "./slack-block-types.js";
import { actionsBlocks, fallbackText, mrkdwnContext, mrkdwnSection } from "./slack-blocks.js";
import { slackLimits } from "./slack-limits.js";
import type { SlackMessage } from "./slack-message.js";
import { truncatePlainText } from "./truncate-plain-text.js";

/** Up to this many answers are buttons; more become one select, which stays readable on a phone. */
export const maxAnswerButtons = 5;

type Answer = QuestionReply["answers"][number];

/** One question: its text and help, the answers as buttons or a select, then "Skip" and "Results now". */
export function renderSlackQuestion(question: QuestionReply, sessionId: string | undefined): SlackMessage {
  const title = `Question ${question.number} of at most ${question.maxQuestions}: ${question.text}`;
  const asSelect = question.answers.length > maxAnswerButtons;
  const offered = question.answers.slice(0, slackLimits.staticSelectOptions);
  const labelLimit = asSelect ? slackLimits.optionText : slackLimits.buttonText;
  // A label cut to fit a button loses meaning, so then the full labels are listed, numbered, with the question.
  const numbered = offered.some((a) => a.label.length > labelLimit);
  const label = (a: Answer, i: number) => (numbered ? `${i + 1}. ${a.label}` : a.label);

  const heading = mrkdwnSection(`*${escapeMrkdwn(title)}*`);
  const list = offered.map((a, i) => `${i + 1}. ${escapeMrkdwn(a.label)}`).join("\n");
  const labels = numbered ? [mrkdwnSection(list)] : [];
  const notes = question.help ? [escapeMrkdwn(question.help)] : [];
  if (question.readAs) notes.push(`Read from your message before: ${escapeMrkdwn(question.readAs.label)}`);
  if (offered.length < question.answers.length)
    notes.push(`Only the first ${offered.length} of ${question.answers.length} answers fit in Slack.`);

  const controls = [
    actionButton("Skip", { kind: "skip", questionId: question.questionId }, sessionId),
    actionButton("Results now", { kind: "results-now" }, sessionId),
  ];
  const rows = asSelect
    ? [
        ...answerSelect(question.questionId, offered.map(label), offered, sessionId),
        ...actionsBlocks(controls),
      ]
    : actionsBlocks([
        ...offered.map((a, i) =>
          actionButton(
            label(a, i),
            { kind: "answer", questionId: question.questionId, answerId: a.id },
            sessionId,
          ),
        ),
        ...controls,
      ]);
  return {
    text: fallbackText(escapeMrkdwn(title)),
    blocks: [heading, ...labels, ...(notes.length > 0 ? [mrkdwnContext(notes.join("\n"))] : []), ...rows],
  };
}

/** The select has no value of its own: the session id rides in its block's id (see the codec). */
function answerSelect(
  questionId: string,
  labels: string[],
  answers: Answer[],
  sessionId: string | undefined,
): ActionsBlock[] {
  if (sessionId === undefined) return [];
  const { actionId, blockId } = encodeAnswerSelect(questionId, sessionId);
  if (actionId.length > slackLimits.actionId || blockId.length > slackLimits.blockId) return [];
  const options = answers.flatMap((a, i) =>
    a.id.length > slackLimits.optionValue
      ? []
      : [
          {
            text: {
              type: "plain_text" as const,
              text: truncatePlainText(labels[i] ?? a.id, slackLimits.optionText),
            },
            value: a.id,
          },
        ],
  );
  if (options.length === 0) return [];
  return [
    {
      type: "actions",
      block_id: blockId,
      elements: [
        {
          type: "static_select",
          action_id: actionId,
          placeholder: { type: "plain_text", text: "Choose an answer" },
          options,
        },
      ],
    },
  ];
}
