/**
 * A post as people write it in a support channel, with what it states (question id -> answer id: the facts a
 * careful reader takes from it, nothing more) and the true cause. `knows` is what the writer can answer when
 * asked, beyond what the post says; every other question gets "don't know".
 */
export interface Report {
  name: string;
  text: string;
  cause: string;
  states: Readonly<Record<string, string>>;
  knows?: Readonly<Record<string, string>>;
  /** Written blind, after the flow was tuned, and never tuned on: always in the reported half. */
  fresh?: true;
  /** Written in a later batch: split into halves on its own, so adding it moves no earlier post across. */
  batch?: string;
}
