import type { CauseStanding } from "./cause-standing.js";

/** How every renderer labels a set-aside cause, so "72 %, ruled out" is never read as the favourite. */
export const standingText: Record<Exclude<CauseStanding, "open">, string> = {
  "fixes-tried": "every fix tried, none helped",
  "ruled-out": "ruled out",
};

/** The heading above set-aside causes, after the causes still worth trying. */
export const setAsideHeading = "Set aside after your feedback";

/** Next to a fix that somebody tried and that did not help. */
export const fixDidNotHelpText = "did not help";

/** The label of a set-aside cause ("ruled out"); undefined for one still open. */
export function standingNote(cause: { standing: CauseStanding }): string | undefined {
  return cause.standing === "open" ? undefined : standingText[cause.standing];
}
