/**
 * Where a cause stands after the person's feedback. `open`: still a candidate, some fix untried. `fixes-tried`:
 * every one of its fixes was tried and none helped. `ruled-out`: the person said it is not the cause. Only the
 * last two move a cause out of the ranked list; one failed fix just moves on to the cause's next fix.
 */
export type CauseStanding = "open" | "fixes-tried" | "ruled-out";

/** Open causes first, then the exhausted ones, then the ruled out ones, so a set-aside cause never sits in between. */
export const standingOrder: Record<CauseStanding, number> = { open: 0, "fixes-tried": 1, "ruled-out": 2 };
