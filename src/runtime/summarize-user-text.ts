import { redactSecretText } from "./create-logger.js";

export interface UserTextSummary {
  /** The start of the text on one line, credential patterns masked, "…" when cut. */
  preview: string;
  /** The length of the whole text, in characters. */
  length: number;
}

const previewChars = 80;

/**
 * What a log line may keep of something a person typed. People paste passwords and tokens into chat, so
 * logs get only the start of it, with what looks like a credential masked before the cut (a cut token
 * would no longer look like one).
 */
export function summarizeUserText(text: string): UserTextSummary {
  // Arrays of code points, so the cut never splits an emoji or another surrogate pair.
  const flat = [...redactSecretText(text).replace(/\s+/g, " ").trim()];
  const preview = flat.length > previewChars ? `${flat.slice(0, previewChars).join("")}…` : flat.join("");
  return { preview, length: [...text].length };
}
