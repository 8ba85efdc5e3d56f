import { cutAtWord } from "../../src/chat/document/cut-at-word.js";
import { inGroupsOf } from "../../src/chat/document/in-groups-of.js";
import { type ActionIds, type PlannedMenu, planActions } from "../../src/chat/document/plan-actions.js";
import type {
  DocumentBlock,
  DocumentButton,
  DocumentSelect,
} from "../../src/chat/document/reply-document.js";
import { safeDisplayText } from "../../src/runtime/safe-display-text.js";
import type { CardElement } from "./adaptive-card-element.js";
import {
  answerInputId,
  encodeTeamsAction,
  reportInputId,
  type TeamsActionData,
} from "./teams-action-codec.js";
import { teamsLimits } from "./teams-limits.js";

type Form = Extract<DocumentBlock, { type: "form" }>;

/** Button titles, choices and input labels show text as is (no markdown): only cut and made harmless. */
const label = (text: string, max: number = teamsLimits.choiceTitle) => cutAtWord(safeDisplayText(text), max);

/**
 * Every button is an `Action.Execute` (Universal Actions), as the groundwork chose (README, Microsoft
 * Teams): the click arrives as an `adaptiveCard/action` invoke the bot answers with the refreshed card, so
 * the card a person clicked is replaced in place and a stale one can be answered with a card that says so.
 * `Action.Submit` would post a message and leave the old, still clickable card behind.
 */
function execute(
  title: string,
  action: TeamsActionData["action"],
  sessionId: string,
  style?: DocumentButton["style"],
): CardElement {
  const tone = style === "primary" ? "positive" : style === "danger" ? "destructive" : undefined;
  return {
    type: "Action.Execute",
    title: label(title, teamsLimits.buttonTitle),
    verb: "rdpfix",
    data: encodeTeamsAction(action, sessionId),
    ...(tone === undefined ? {} : { style: tone }),
  };
}

/**
 * Teams' ids: a button's is the data the click sends back (a card has no ids to clash, but two buttons alike
 * are one too many, as on every platform); a question has one menu, the input `answer`.
 */
const teamsIds: ActionIds = {
  button: (action, session) => JSON.stringify(encodeTeamsAction(action, session)),
  menu: (_questionId, _session, page) => (page === 1 ? answerInputId : undefined),
  option: (action) => action.answerId,
  menuOptions: teamsLimits.choices,
};

/** Buttons (as planActions keeps them) in ActionSets of as many as a host shows; a menu as a choice input with its own button. */
export function cardActions(
  items: ReadonlyArray<DocumentButton | DocumentSelect>,
  sessionId: string | undefined,
  used: Set<string>,
): CardElement[] {
  return planActions(items, sessionId, teamsIds, used).flatMap(({ buttons, menus }) => [
    ...inGroupsOf(
      buttons.map(({ button, session }) => execute(button.label, button.action, session, button.style)),
      teamsLimits.actionsPerSet,
    ).map((actions): CardElement => ({ type: "ActionSet", actions })),
    ...menus.flatMap(answerPicker),
  ]);
}

/** The menu's choice rides in the input `answer`, merged into the button's data by Teams on the click. */
function answerPicker({ select, id, session, questionId, options }: PlannedMenu): CardElement[] {
  const pick = { kind: "answer-select", questionId } as const;
  return [
    {
      type: "Input.ChoiceSet",
      id,
      style: "compact",
      label: label(select.placeholder),
      isRequired: true,
      errorMessage: "Pick an answer first.",
      choices: options.map(({ label: text, value }) => ({ title: label(text), value })),
    },
    { type: "ActionSet", actions: [execute("Answer", pick, session, "primary")] },
  ];
}

/** The paste form on the card itself: a multi-line input and its send button. */
export function reportForm(form: Form, sessionId: string | undefined, used: Set<string>): CardElement[] {
  if (sessionId === undefined || used.has(reportInputId)) return [];
  used.add(reportInputId);
  return [
    {
      type: "Input.Text",
      id: reportInputId,
      label: label(form.label),
      isMultiline: true,
      maxLength: Math.max(form.maxLength, teamsLimits.reportInput),
      isRequired: true,
      errorMessage: "Paste the report first.",
    },
    {
      type: "ActionSet",
      actions: [execute(form.title, { kind: "submit-server-report" }, sessionId, "primary")],
    },
  ];
}
