import { type RecheckResult, recheckHeading, recheckRowText } from "../../engine/index.js";
import { plain, strong } from "./inline.js";
import type { DocumentBlock } from "./reply-document.js";

/** A re-check after a fix: the verdict in bold, then each fact before -> after. */
export function presentRecheck(result: RecheckResult): DocumentBlock[] {
  return [
    {
      type: "heading",
      text: [strong(recheckHeading(result))],
      tone: result.verdict === "fixed" ? "good" : "info",
    },
    { type: "list", items: result.rows.map((row) => [plain(recheckRowText(row))]) },
  ];
}
