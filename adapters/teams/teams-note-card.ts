import { plain } from "../../src/chat/document/inline.js";
import type { DocumentBlock } from "../../src/chat/document/reply-document.js";
import type { TeamsActivity } from "./adaptive-card-element.js";
import { documentToAdaptiveCard } from "./document-to-adaptive-card.js";

/**
 * A few words as a card, for what is said outside the presenter's replies (help, a stale card, a warning);
 * with `resumeSession`, it carries a Resume button for that session.
 */
export function teamsNoteCard(text: string, resumeSession?: string): TeamsActivity {
  const resume: DocumentBlock = {
    type: "actions",
    items: [{ type: "button", label: "Resume", action: { kind: "resume" } }],
  };
  return documentToAdaptiveCard(
    {
      summary: [plain(text)],
      blocks: [{ type: "paragraph", text: [plain(text)] }, ...(resumeSession === undefined ? [] : [resume])],
    },
    resumeSession,
  );
}
