/**
 * Why a conversation that could have probed did not: "refused" when the probe policy or the bot's limits
 * would not let it (asking again will not help), "declined" when a person chose Skip probes at the consent
 * prompt (who, for the record).
 */
export type ProbesNotRun = { because: "refused"; text: string } | { because: "declined"; by: string };

/**
 * The line every renderer shows over a diagnosis made without probes. It names nobody, so that a card
 * edited in a busy thread does not ping the person who skipped.
 */
export function probesNotRunLine(notRun: ProbesNotRun): string {
  return notRun.because === "refused"
    ? `The probes did not run: ${notRun.text}`
    : "The probes did not run: they were skipped at the consent prompt.";
}
