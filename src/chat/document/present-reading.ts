import type { ReadingReply } from "../../engine/index.js";
import { readingSummary } from "../../runtime/reading-summary.js";
import { plain } from "./inline.js";
import type { ReplyDocument } from "./reply-document.js";

/** What was read from the person's message, said once and quietly, with one "Change" button per fact. */
export function presentReading(reading: ReadingReply): ReplyDocument {
  const { text, hint, changes } = readingSummary(reading);
  const said = [plain(`${text} ${hint}`)];
  return {
    summary: said,
    blocks: [
      { type: "note", text: said },
      {
        type: "actions",
        items: changes.map((change) => ({ type: "button", label: change.label, action: change.action })),
      },
    ],
  };
}
