/** One option of a structured command (a slash command with named, typed options) as the platform sends it. */
export interface GivenOption {
  name: string;
  type: number;
  value?: unknown;
}

/** The options a command declares, by name and type (as the platform registers them). */
export type DeclaredOptions = ReadonlyArray<{ name: string; type: number }>;

export interface CommandOptions {
  /** The value of a given option of its declared type; undefined when absent or of another type. */
  value(name: string): unknown;
  /** Whether the option was given at all, readable or not. */
  has(name: string): boolean;
}

/**
 * A structured command's options checked against what the command declares. The platform checks them in its
 * client, but a payload can be forged: an option the command does not declare is named back (to say so), and
 * one of another type than declared reads as undefined while `has` still says it was given.
 */
export function readCommandOptions(
  given: readonly GivenOption[] | undefined,
  declared: DeclaredOptions,
): CommandOptions | { undeclared: string } {
  const types = new Map(declared.map((option) => [option.name, option.type]));
  const options = new Map((given ?? []).map((option) => [option.name, option]));
  const undeclared = [...options.keys()].find((name) => !types.has(name));
  if (undeclared !== undefined) return { undeclared };
  return {
    value: (name) => {
      const option = options.get(name);
      return option !== undefined && option.type === types.get(name) ? option.value : undefined;
    },
    has: (name) => options.has(name),
  };
}
