import type { ConfigSection, EnvVariables, SectionReading } from "./config-section.js";

/**
 * A section around a reader that throws for a bad environment (the probe policy, the state store, ...): its
 * problems become the section's, so they are reported with everyone else's instead of one restart each.
 * `problemsOf` says which errors are configuration problems; anything else is a bug and is thrown on.
 */
export function throwingConfigSection<T>(
  variables: readonly string[],
  read: (env: EnvVariables) => T,
  problemsOf: (error: unknown) => readonly string[] | undefined,
): ConfigSection<T> {
  return {
    variables,
    read(env): SectionReading<T> {
      try {
        return { ok: true, value: read(env) };
      } catch (error) {
        const problems = problemsOf(error);
        if (problems === undefined) throw error;
        return { ok: false, problems, ...(error instanceof Error ? { cause: error } : {}) };
      }
    },
  };
}
