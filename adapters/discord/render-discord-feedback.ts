import { nextFix, type RankedCause } from "../../src/engine/index.js";
import { encodeActionOption, encodeActionSelect } from "./custom-id-codec.js";
import type { DiscordAction } from "./discord-action.js";
import { buttonRows, buttonStyle, decodesTo, discordButton, selectRow } from "./discord-components.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordActionRow } from "./discord-message.js";
import { fixLabel } from "./render-discord-cause.js";
import { truncatePlainText } from "./truncate-plain-text.js";

type Feedback = Extract<DiscordAction, { kind: "fix-feedback" }>;
type Choice = {
  label: string;
  action: DiscordAction & { kind: "fix-feedback" | "rule-out-cause" };
  about: string;
};

/**
 * Per shown cause: "This fixed it (1b)" / "Didn't help (1b)" for its next untried fix and "Not the cause (1)",
 * in at most `rows` action rows: a row per cause while they last; when there are more causes than rows, the
 * last row is one select offering the same choices for the rest (see selectChoices).
 */
export function renderDiscordFeedback(
  causes: readonly RankedCause[],
  sessionId: string | undefined,
  rows: number,
): DiscordActionRow[] {
  if (sessionId === undefined || rows < 1) return [];
  const perCause = causes.map(choicesFor).filter((choices) => choices.length > 0);
  const asButtons = perCause.length <= rows ? perCause : perCause.slice(0, rows - 1);
  const buttons = asButtons.flatMap((choices) =>
    buttonRows(
      choices.map((choice) =>
        discordButton(choice.label, choice.action, sessionId, buttonStyles[choiceStyle(choice)]),
      ),
    ),
  );
  const customId = encodeActionSelect(sessionId);
  const options = selectChoices(perCause.slice(asButtons.length)).flatMap(({ label, action, about }) => {
    const value = encodeActionOption(action);
    if (!decodesTo(customId, [value], action)) return [];
    const description = truncatePlainText(about, discordLimits.optionDescription);
    return [{ label, value, description }];
  });
  if (options.length === 0) return buttons;
  const placeholder = "Feedback on the other causes: tell me here";
  return [
    ...buttons,
    selectRow({ type: 3, custom_id: customId, placeholder, options, min_values: 1, max_values: 1 }),
  ];
}

/**
 * The choices for the causes without buttons, as many as one select holds: fix feedback for every cause first
 * (12 causes x 2 fit its 25 options), then "Not the cause" while room is left, grouped back by cause.
 */
function selectChoices(perCause: readonly Choice[][]): Choice[] {
  const all = perCause.flat();
  const fixChoices = all.filter((c) => c.action.kind === "fix-feedback");
  const ruleOuts = all.filter((c) => c.action.kind === "rule-out-cause");
  const kept = new Set([...fixChoices, ...ruleOuts].slice(0, discordLimits.selectOptions));
  return all.filter((choice) => kept.has(choice));
}

function choicesFor(cause: RankedCause): Choice[] {
  const next = nextFix(cause);
  const label = next ? fixLabel(cause, next.index) : undefined;
  const fixChoices: Choice[] =
    next && label
      ? [
          {
            label: `This fixed it (${label})`,
            action: feedback(cause, next.fix.id, "worked"),
            about: next.fix.title,
          },
          {
            label: `Didn't help (${label})`,
            action: feedback(cause, next.fix.id, "did-not-help"),
            about: next.fix.title,
          },
        ]
      : [];
  const ruleOut: Choice[] =
    cause.standing === "ruled-out"
      ? []
      : [
          {
            label: `Not the cause (${cause.rank})`,
            action: { kind: "rule-out-cause", causeId: cause.id },
            about: cause.title,
          },
        ];
  return [...fixChoices, ...ruleOut];
}

const buttonStyles = {
  worked: buttonStyle.success,
  "did-not-help": buttonStyle.danger,
  "rule-out": buttonStyle.secondary,
} as const;

function choiceStyle(choice: Choice): keyof typeof buttonStyles {
  return choice.action.kind === "rule-out-cause" ? "rule-out" : choice.action.outcome;
}

function feedback(cause: RankedCause, fixId: string, outcome: Feedback["outcome"]): Feedback {
  return { kind: "fix-feedback", causeId: cause.id, fixId, outcome };
}
