import { fitConverted } from "../../src/chat/document/fit-converted.js";
import type { ReplyDocument } from "../../src/chat/document/reply-document.js";
import type { TeamsActivity } from "./adaptive-card-element.js";
import { documentToAdaptiveCard } from "./document-to-adaptive-card.js";
import { teamsLimits } from "./teams-limits.js";

/** The size Teams judges: the activity as it goes over the wire, UTF-8 JSON. */
export const activityBytes = (activity: TeamsActivity): number =>
  Buffer.byteLength(JSON.stringify(activity), "utf8");

/**
 * A document as the Teams messages that carry it, each under the activity size limit. Per-element limits are the converter's; what is left to fit is size.
 */
export function fitTeamsDocument(document: ReplyDocument, sessionId: string | undefined): TeamsActivity[] {
  return fitConverted(
    document,
    (fitted) => documentToAdaptiveCard(fitted, sessionId),
    (activity) => activityBytes(activity) <= teamsLimits.activityBytes,
  );
}
