import type { SessionAction } from "../action-codec/action-fields.js";
import type { DocumentButton, DocumentSelect } from "./reply-document.js";

/** A button as it can ride in a menu: one acting in a session (the triage offer starts one, so it cannot). */
export type FoldableButton = DocumentButton & { action: SessionAction };

/**
 * Buttons a platform has no room to show, as the choices of one menu, so no choice is lost (as "Feedback on
 * the other causes"). `choice` writes a button the platform's way, or refuses one it cannot carry. At most
 * `max` stay: feedback on fixes first when not every one fits, as it is what moves a diagnosis on, and in
 * their own order otherwise.
 */
export function foldedChoices<Choice>(
  items: ReadonlyArray<DocumentButton | DocumentSelect>,
  max: number,
  choice: (button: FoldableButton) => Choice | undefined,
): Choice[] {
  const choices = items.flatMap((item) => {
    if (item.type !== "button" || item.action.kind === "start-from-triage") return [];
    const written = choice(item as FoldableButton);
    return written === undefined ? [] : [{ written, feedback: item.action.kind === "fix-feedback" }];
  });
  const kept = new Set([...choices].sort((a, b) => Number(b.feedback) - Number(a.feedback)).slice(0, max));
  return choices.filter((c) => kept.has(c)).map((c) => c.written);
}

/** A button's label where buttons show apart from the text they belong to: "Didn't help (1a)". */
export function labelWithAbout(button: DocumentButton): string {
  return button.about === undefined ? button.label : `${button.label} (${button.about})`;
}
