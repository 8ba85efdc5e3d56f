import {
  decodeSessionSegment,
  encodeSessionSegment,
} from "../../src/chat/action-codec/session-id-segment.js";
import { maxServerReportLineLength } from "../../src/server-report/server-report-line.js";

/** The custom_id prefix of the paste form, and the id of its one field. */
const modalPrefix = "rf-report:";
export const serverReportFieldId = "report";

/**
 * The form "Paste the report" opens: one paragraph field as long as a report line may be. Its custom_id
 * carries the session, so the submit finds its diagnosis on any replica. Undefined when the session id
 * cannot travel in a custom_id.
 */
export function serverReportModal(sessionId: string) {
  const segment = encodeSessionSegment(sessionId);
  if (segment === undefined) return undefined;
  return {
    custom_id: `${modalPrefix}${segment}`,
    title: "Server report",
    components: [
      {
        type: 1,
        components: [
          {
            type: 4,
            custom_id: serverReportFieldId,
            style: 2,
            label: "The RDPFIX1: line the collector printed",
            placeholder: "RDPFIX1:H4sI...",
            min_length: 8,
            max_length: maxServerReportLineLength,
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
