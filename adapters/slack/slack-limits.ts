/**
 * What Slack's API accepts in one message (Block Kit reference, chat.postMessage). Every renderer in this
 * adapter stays inside these; a message over any of them is rejected as a whole (`invalid_blocks`).
 */
export const slackLimits = {
  blocksPerMessage: 50,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  actionId: 255,
  buttonValue: 2000,
  staticSelectOptions: 100,
  optionText: 75,
  optionValue: 150,
  placeholderText: 150,
  elementsPerActionsBlock: 25,
  /** Slack truncates `text` near 40,000 characters; notifications show far less, so we keep it short. */
  messageText: 40_000,
  fallbackText: 3000,
  contextElements: 10,
  /** Not documented separately for context elements; 2000 is the smallest text-object limit that applies. */
  contextText: 2000,
  blockId: 255,
  fieldsPerSection: 10,
  fieldText: 2000,
  /**
   * Not documented: Slack answers `msg_blocks_too_long` once a message's blocks hold roughly 11,000-13,300
   * characters of text (bolt-js #2509, #2867). Every message stays at or under this.
   */
  messageBlockText: 12_000,
} as const;
