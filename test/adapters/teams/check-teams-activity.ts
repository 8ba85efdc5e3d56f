import type { TeamsActivity } from "../../../adapters/teams/adaptive-card-element.js";
import { activityBytes } from "../../../adapters/teams/fit-teams-document.js";
import { decodeTeamsAction } from "../../../adapters/teams/teams-action-codec.js";
import { teamsLimits } from "../../../adapters/teams/teams-limits.js";
import { validateAdaptiveCard } from "../../support/teams/validate-adaptive-card.js";

type Json = Record<string, unknown>;

/** Every object in a card, depth first: elements, actions, facts, choices. */
export function cardObjects(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(cardObjects);
  if (typeof value !== "object" || value === null) return [];
  return [value as Json, ...Object.values(value).flatMap(cardObjects)];
}

export const executeActions = (activity: TeamsActivity) =>
  cardObjects(activity.attachments[0].content.body).filter((o) => o.type === "Action.Execute");

/**
 * What is wrong with one converted activity, as lines (none = fine): the card is a valid Adaptive Card 1.5
 * by Microsoft's SDK, the activity is under the size limit, its input ids are unique, and every button's
 * data reads back, with the card's inputs filled in, as the action it was made from.
 */
export function checkTeamsActivity(activity: TeamsActivity): string[] {
  const problems = validateAdaptiveCard(activity.attachments[0].content);
  const bytes = activityBytes(activity);
  if (bytes > teamsLimits.activityBytes) problems.push(`${bytes} bytes > ${teamsLimits.activityBytes}`);
  const objects = cardObjects(activity.attachments[0].content.body);
  const ids = objects.flatMap((o) => (typeof o.id === "string" && o.type !== undefined ? [o.id] : []));
  if (new Set(ids).size !== ids.length) problems.push(`duplicate ids: ${ids.join(", ")}`);
  const choice = objects.find((o) => o.type === "Input.ChoiceSet");
  const firstValue = (choice?.choices as Json[] | undefined)?.[0]?.value;
  for (const action of executeActions(activity)) {
    if (action.verb !== "rdpfix") problems.push(`verb ${String(action.verb)}`);
    const data = action.data as Json & { action: Json; session: string; post?: unknown };
    const decoded = decodeTeamsAction({ ...data, answer: firstValue, report: "pasted report" });
    const carried = data.action;
    const expected =
      carried.kind === "answer-select"
        ? { kind: "click", action: { kind: "answer", questionId: carried.questionId, answerId: firstValue } }
        : carried.kind === "submit-server-report"
          ? { kind: "paste", text: "pasted report" }
          : // A triage offer's button carries the post it answered, read back as the starter's words.
            {
              kind: "click",
              action: carried,
              ...(typeof data.post === "string" ? { starter: data.post } : {}),
            };
    const { sessionId: _session, ...rest } = decoded as Json;
    if (JSON.stringify(rest) !== JSON.stringify(expected))
      problems.push(`${JSON.stringify(data)} decodes as ${JSON.stringify(decoded)}`);
  }
  return problems;
}
