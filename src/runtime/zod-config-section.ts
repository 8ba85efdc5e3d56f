import { z } from "zod";
import type { ConfigSection } from "./config-section.js";

/** Unset, empty and blank all mean "not set": env files and compose files often leave `NAME=` lines. */
function withoutBlankValues(env: unknown): unknown {
  if (typeof env !== "object" || env === null) return env;
  return Object.fromEntries(
    Object.entries(env).flatMap(([name, value]) =>
      typeof value === "string" && value.trim() !== "" ? [[name, value.trim()]] : [],
    ),
  );
}

function named(path: readonly PropertyKey[], message: string): string {
  const name = String(path[0] ?? "");
  return message.startsWith(name) ? message : `${name}: ${message}`;
}

/**
 * A section whose variables are a zod shape, one per variable (values trimmed). `companions` checks how they
 * combine ("set A but not B") and runs even when some values failed their own checks, so one restart is
 * enough; it sees what is set, values that failed included (as text). Never does a ZodError become a cause:
 * its issues may carry the values, secrets included.
 */
export function zodConfigSection<Shape extends z.ZodRawShape, T>(
  shape: Shape,
  build: (values: z.output<z.ZodObject<Shape>>) => T,
  companions: (values: Readonly<Record<string, unknown>>) => string[] = () => [],
): ConfigSection<T> {
  const schema = z.preprocess(withoutBlankValues, z.object(shape)).superRefine(
    (values, ctx) => {
      for (const message of companions(values)) ctx.addIssue({ code: "custom", message });
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );
  return {
    variables: Object.keys(shape),
    read(env) {
      const parsed = schema.safeParse(env);
      if (!parsed.success)
        return { ok: false, problems: parsed.error.issues.map(({ path, message }) => named(path, message)) };
      return { ok: true, value: build(parsed.data as z.output<z.ZodObject<Shape>>) };
    },
  };
}

/** Whether a companion check should treat a variable as set: defaults ([] and false) count as unset. */
export function isSetIn(values: Readonly<Record<string, unknown>>, name: string): boolean {
  const value = values[name];
  return value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0);
}

/**
 * Variables of a feature set while the one that turns it on (`owner`) is not: a mistake, not a choice, so the
 * problem names them and what completes them.
 */
export function orphanedVariables(
  values: Readonly<Record<string, unknown>>,
  names: readonly string[],
  owner: string,
  what: string,
): string[] {
  const set = names.filter((name) => isSetIn(values, name));
  if (set.length === 0) return [];
  const [verb, pronoun] = set.length === 1 ? ["is", "it"] : ["are", "them"];
  return [
    `${set.join(", ")} ${verb} set but ${owner} is not: set ${owner} to run ${what}, or unset ${pronoun}`,
  ];
}
