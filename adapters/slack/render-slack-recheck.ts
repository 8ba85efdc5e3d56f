import { type RecheckResult, recheckHeading, recheckRowText } from "../../src/engine/index.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";

/** A re-check after a fix as one mrkdwn section: the verdict in bold, then each fact before → after. */
export function renderSlackRecheck(result: RecheckResult): string {
  return [
    `*${escapeMrkdwn(recheckHeading(result))}*`,
    ...result.rows.map((row) => `• ${escapeMrkdwn(recheckRowText(row))}`),
  ].join("\n");
}
