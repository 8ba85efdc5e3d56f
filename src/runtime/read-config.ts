import { ConfigError } from "./config-error.js";
import type { ConfigSection, EnvVariables } from "./config-section.js";

export type SectionValues<S> = { [K in keyof S]: S[K] extends ConfigSection<infer T> ? T : never };

/**
 * Reads every section from the environment, once. Throws CONFIG_INVALID listing the problems of all
 * sections together, so an operator with three mistakes learns of all three at the first start.
 */
export function readConfig<S extends Record<string, ConfigSection<unknown>>>(
  env: EnvVariables,
  sections: S,
): SectionValues<S> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  let cause: Error | undefined;
  for (const [name, section] of Object.entries(sections)) {
    const reading = section.read(env);
    if (reading.ok) values[name] = reading.value;
    else {
      problems.push(...reading.problems);
      cause ??= reading.cause;
    }
  }
  if (problems.length > 0) throw ConfigError.invalid(problems, cause ? { cause } : undefined);
  return values as SectionValues<S>;
}
