import type { RankedCause } from "../../src/engine/index.js";
import { encodeActionOption, encodeActionSelect } from "./custom-id-codec.js";
import type { DiscordAction } from "./discord-action.js";
import { buttonRows, buttonStyle, decodesTo, discordButton, selectRow } from "./discord-components.js";
import { discordLimits } from "./discord-limits.js";
import type { DiscordActionRow } from "./discord-message.js";
import { fixLabel } from "./render-discord-cause.js";
import { truncatePlainText } from "./truncate-plain-text.js";

type Feedback = Extract<DiscordAction, { kind: "fix-feedback" }>;

/**
 * "This fixed it (1a)" / "Didn't help (1a)" for the first untried fix of each shown cause, in at most `rows`
 * action rows: a row per cause while they last; when there are more causes than rows, the last row is one
 * select offering the same choices for the rest (12 causes fit its 25 options).
 */
export function renderDiscordFeedback(
  causes: readonly RankedCause[],
  sessionId: string | undefined,
  rows: number,
): DiscordActionRow[] {
  if (sessionId === undefined || rows < 1) return [];
  const withFix = causes.flatMap((cause) => {
    const fix = cause.fixes[0];
    return fix ? [{ cause, fix, label: fixLabel(cause, 0) }] : [];
  });
  const asButtons = withFix.length <= rows ? withFix : withFix.slice(0, rows - 1);
  const buttons = asButtons.flatMap(({ cause, fix, label }) =>
    buttonRows([
      discordButton(
        `This fixed it (${label})`,
        feedback(cause, fix.id, "worked"),
        sessionId,
        buttonStyle.success,
      ),
      discordButton(
        `Didn't help (${label})`,
        feedback(cause, fix.id, "did-not-help"),
        sessionId,
        buttonStyle.danger,
      ),
    ]),
  );
  const rest = withFix.slice(asButtons.length);
  const customId = encodeActionSelect(sessionId);
  const options = rest
    .flatMap(({ cause, fix, label }) => [
      { label: `${label}: This fixed it`, action: feedback(cause, fix.id, "worked"), fix: fix.title },
      { label: `${label}: Didn't help`, action: feedback(cause, fix.id, "did-not-help"), fix: fix.title },
    ])
    .slice(0, discordLimits.selectOptions)
    .flatMap(({ label, action, fix }) => {
      const value = encodeActionOption(action);
      if (!decodesTo(customId, [value], action)) return [];
      const description = truncatePlainText(fix, discordLimits.optionDescription);
      return [{ label, value, description }];
    });
  if (options.length === 0) return buttons;
  const placeholder = `Did fix ${rest[0]?.label} to ${rest.at(-1)?.label} help? Tell me here`;
  return [
    ...buttons,
    selectRow({ type: 3, custom_id: customId, placeholder, options, min_values: 1, max_values: 1 }),
  ];
}

function feedback(cause: RankedCause, fixId: string, outcome: Feedback["outcome"]): Feedback {
  return { kind: "fix-feedback", causeId: cause.id, fixId, outcome };
}
