import { z } from "zod";
import { type CompanionRule, companionProblems } from "./companion-rules.js";
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
 * A section whose variables are a zod shape, one per variable (values trimmed). `companions` are the rules of
 * how they combine ("set A but not B", see companion-rules.ts), read even when some values failed their own
 * checks, so one restart is enough; they see what is set, values that failed included (as text). Never does a ZodError become a cause:
 * its issues may carry the values, secrets included.
 */
export function zodConfigSection<Shape extends z.ZodRawShape, T>(
  shape: Shape,
  build: (values: z.output<z.ZodObject<Shape>>) => T,
  companions: readonly CompanionRule[] = [],
): ConfigSection<T> {
  const schema = z.preprocess(withoutBlankValues, z.object(shape)).superRefine(
    (values, ctx) => {
      for (const message of companionProblems(companions, values)) ctx.addIssue({ code: "custom", message });
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
