import { truncateMarkup } from "../../src/chat/document/truncate-markup.js";

/** mrkdwn's spans: an entity escapeMrkdwn wrote (`&amp;`), and backticks that may be half a fence. */
export const truncateMrkdwn = (text: string, max: number): string =>
  truncateMarkup(text, max, { dangling: /`+$/, entity: ["&", ";"] });
