import { fitDocument } from "./fit-document.js";
import type { ReplyDocument } from "./reply-document.js";

/**
 * A document as the platform messages that carry it: the shared fitting pass, with each candidate measured
 * as the platform's converter draws it, so "fits" is judged on the very payload that is sent.
 */
export function fitConverted<Message>(
  document: ReplyDocument,
  convert: (document: ReplyDocument) => Message,
  fits: (message: Message) => boolean,
): Message[] {
  return fitDocument(document, (candidate) => fits(convert(candidate))).map(convert);
}
