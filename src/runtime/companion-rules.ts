/**
 * What a variable's value looks like to a rule: `set` counts defaults ([] and false) as unset; `on` is a
 * switch whose transform made it exactly true, so a value that failed its own check is neither on nor set
 * in the way the switch means (its own problem already says why).
 */
export type Condition =
  | { set: string }
  | { unset: string }
  | { on: string }
  | { off: string }
  | { anySet: readonly string[] };

/**
 * "Half a setup is a mistake, not a choice", written as data and read by `companionProblems`:
 * - `orphans`: the `names` set while `owner`, which turns the feature on, is not; the problem lists them. While
 *   the owner is unset no other rule of the section is read (they all speak of a feature that is off).
 * - `when`: every condition holds, so the setup is incomplete: `problem` says which variable completes it.
 */
export type CompanionRule =
  | { orphans: readonly string[]; owner: string; feature: string }
  | { when: readonly Condition[]; problem: string };

type Values = Readonly<Record<string, unknown>>;

/** Whether a variable counts as set: defaults ([] and false) count as unset. */
export function isSetIn(values: Values, name: string): boolean {
  const value = values[name];
  return value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0);
}

function holds(condition: Condition, values: Values): boolean {
  if ("set" in condition) return isSetIn(values, condition.set);
  if ("unset" in condition) return !isSetIn(values, condition.unset);
  if ("on" in condition) return values[condition.on] === true;
  if ("off" in condition) return values[condition.off] !== true;
  return condition.anySet.some((name) => isSetIn(values, name));
}

/** Every problem the rules find in a section's values (as parsed, failed values included as text). */
export function companionProblems(rules: readonly CompanionRule[], values: Values): string[] {
  const unowned = rules.find(
    (rule): rule is Extract<CompanionRule, { owner: string }> =>
      "owner" in rule && !isSetIn(values, rule.owner),
  );
  if (unowned) return orphanedVariables(values, unowned);
  return rules.flatMap((rule) =>
    "when" in rule && rule.when.every((condition) => holds(condition, values)) ? [rule.problem] : [],
  );
}

/** The variables of a feature set while the one that turns it on is not, named with what completes them. */
function orphanedVariables(
  values: Values,
  { orphans, owner, feature }: Extract<CompanionRule, { owner: string }>,
): string[] {
  const set = orphans.filter((name) => isSetIn(values, name));
  if (set.length === 0) return [];
  const [verb, pronoun] = set.length === 1 ? ["is", "it"] : ["are", "them"];
  return [
    `${set.join(", ")} ${verb} set but ${owner} is not: set ${owner} to run ${feature}, or unset ${pronoun}`,
  ];
}
