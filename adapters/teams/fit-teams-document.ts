import { fitConverted } from "../../src/chat/document/fit-converted.js";
import type { FitDocument } from "../../src/chat/fitted-thread-port.js";
import type { TeamsActivity } from "./adaptive-card-element.js";
import { documentToAdaptiveCard } from "./document-to-adaptive-card.js";
import { teamsLimits } from "./teams-limits.js";

/** The size Teams judges: the activity as it goes over the wire, UTF-8 JSON. */
export const activityBytes = (activity: TeamsActivity): number =>
  Buffer.byteLength(JSON.stringify(activity), "utf8");

/**
 * A document as the Teams messages that carry it, each under the activity size limit (per-element limits are
 * the converter's); `shorter`, after the Bot Connector refused one as too large anyway (413), half of it.
 */
export const fitTeamsDocument: FitDocument<TeamsActivity> = (document, sessionId, shorter) => {
  const budget = shorter ? teamsLimits.activityBytes / 2 : teamsLimits.activityBytes;
  return fitConverted(
    document,
    (fitted) => documentToAdaptiveCard(fitted, sessionId),
    (activity) => activityBytes(activity) <= budget,
  );
};
