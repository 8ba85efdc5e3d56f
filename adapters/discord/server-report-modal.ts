import {
  decodeSessionSegment,
  encodeSessionSegment,
} from "../../src/chat/action-codec/session-id-segment.js";
import { cutAtWord } from "../../src/chat/document/cut-at-word.js";
import { serverReportForm as form } from "../../src/chat/document/present-server-check.js";
import { discordLimits } from "./discord-limits.js";

/** The custom_id prefix of the paste form, and the id of its one field. */
const modalPrefix = "rf-report:";
export const serverReportFieldId = "report";

/**
 * The presenter's paste form as the modal "Paste the report" opens: one paragraph field as long as a report
 * line may be. Its custom_id carries the session, so the submit finds its diagnosis on any replica.
 * Undefined when the session id cannot travel in a custom_id.
 */
export function serverReportModal(sessionId: string) {
  const segment = encodeSessionSegment(sessionId);
  if (segment === undefined) return undefined;
  return {
    custom_id: `${modalPrefix}${segment}`,
    title: cutAtWord(form.title, discordLimits.modalTitle),
    components: [
      {
        type: 1,
        components: [
          {
            type: 4,
            custom_id: serverReportFieldId,
            style: 2,
            label: cutAtWord(form.label, discordLimits.textInputLabel),
            placeholder: "RDPFIX1:H4sI...",
            min_length: 8,
            max_length: Math.min(form.maxLength, discordLimits.textInputLength),
            required: true,
          },
        ],
      },
    ],
  };
}

/** The session a submitted paste form belongs to; undefined for any other or a forged custom_id. */
export function sessionOfServerReportModal(customId: string): string | undefined {
  if (typeof customId !== "string" || !customId.startsWith(modalPrefix)) return undefined;
  return decodeSessionSegment(customId.slice(modalPrefix.length));
}
