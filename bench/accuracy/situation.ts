/**
 * One realistic support case, written from ../shared/knowledge/rdp-errors.md. `facts` are only what a support
 * engineer knows without access to the server, as answers to the flow's questions (question id -> answer id);
 * any question not in `facts` gets "don't know". `findings` are what `rdp-fix probe` would report for the
 * true cause, when the case includes a probe run.
 */
export interface Situation {
  name: string;
  cause: string;
  facts: Readonly<Record<string, string>>;
  findings?: readonly string[];
  /** The target as typed; an IP literal lets a smarter engine skip the by-IP question. */
  host?: string;
  /** Two or three facts, no error code, "don't know" to the rest: the person who knows little (issue 20). */
  sparse?: true;
  /** Written blind, after the flow was tuned, and never tuned on: always in the reported half. */
  fresh?: true;
  /** Written in a later batch: split into halves on its own, so adding it moves no earlier case across. */
  batch?: string;
}
