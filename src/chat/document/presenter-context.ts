/**
 * What the presenter needs to know about the platform it words a reply for, without naming it: how a person
 * starts a diagnosis there, and how much a choice can hold before the wording has to change.
 */
export interface PresenterContext {
  /** How a person diagnoses a host on this platform, `<host>` where the host goes: `/rdp-fix <host>`. */
  commandSyntax: string;
  /** The most choices one menu holds. */
  selectOptions: number;
  /** The longest button label; an answer longer than that is offered in a menu instead. */
  labelLength: number;
  /** The longest menu option; longer answers are listed in full and their options numbered. */
  optionLength: number;
}
