/**
 * What one Teams message may hold. Teams documents no per-element text limits for Adaptive Cards; what it
 * enforces is the activity's size, and what a host shows is its action count. The text limits below are
 * ours, chosen so that any one block fits an activity on its own (the fitting pass can then always split).
 */
export const teamsLimits = {
  /**
   * Bytes of the serialized activity we post. Teams' pages name 28 KB, 40 KB and 100 KB; we keep under the
   * smallest, less 1,000 bytes for what the sender adds to the envelope (conversation, from, replyToId).
   */
  activityBytes: 27_000,
  /** The default Adaptive Card host config shows 5 actions per ActionSet (`actions.maxActions`). */
  actionsPerSet: 5,
  /** A TextBlock's markdown; at <= 3 UTF-8 bytes per UTF-16 unit once serialized, 6 KB at worst. */
  textBlock: 2000,
  /** A command or attachment shown verbatim; longer ones are named instead (the document's `tooLong`). */
  codeText: 6000,
  /** A FactSet's title column is narrow: a long label would squeeze the value to nothing. */
  factTitle: 100,
  factValue: 500,
  /** Teams cuts a long button title with an ellipsis on one line: past this, answers go in a menu. */
  buttonTitle: 50,
  choiceTitle: 100,
  /** A menu past this is unusable in Teams' compact dropdown; the presenter numbers longer lists instead. */
  choices: 100,
  /** The paste form: a server report of at least 4,000 characters (issue 19). */
  reportInput: 4000,
} as const;
