/**
 * What a person is told when their request was acknowledged but could not be written down (the state store
 * did not answer): without it Discord's deferral would say "thinking…" for fifteen minutes and Slack would
 * show its own bare "dispatch_failed". Nothing was queued, so trying again is safe.
 */
export const notTakenText =
  "I could not take that on just now: my state store did not answer. Nothing was started; try again in a moment.";
