import { type RecheckResult, recheckHeading, recheckRowText } from "../../src/engine/index.js";
import { safeDisplayText as safe } from "../../src/runtime/safe-display-text.js";
import type { TerminalStyle } from "./terminal-style.js";

/** A re-check after a fix in the terminal: the verdict, then each fact before → after. */
export function renderRecheckText(result: RecheckResult, style: TerminalStyle): string[] {
  const heading = recheckHeading(result);
  return [
    result.verdict === "fixed" ? style.good(heading) : style.bold(heading),
    ...result.rows.map((row) => `  • ${safe(recheckRowText(row))}`),
  ];
}
