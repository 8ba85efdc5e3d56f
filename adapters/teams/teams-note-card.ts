import { plain } from "../../src/chat/document/inline.js";
import type { TeamsActivity } from "./adaptive-card-element.js";
import { documentToAdaptiveCard } from "./document-to-adaptive-card.js";

/** A few words as a card, for what is said outside the presenter's replies (help, a stale card). */
export function teamsNoteCard(text: string): TeamsActivity {
  return documentToAdaptiveCard(
    { summary: [plain(text)], blocks: [{ type: "paragraph", text: [plain(text)] }] },
    undefined,
  );
}
