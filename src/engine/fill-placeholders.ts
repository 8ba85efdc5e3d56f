import type { FlowPlaceholder } from "../flow/flow-placeholders.js";
import type { Fix, FixStep } from "../flow/flow-schema.js";

/** What the placeholders of flow text stand for: the computer and port being diagnosed. */
export interface Target {
  host: string;
  port: number;
}

/**
 * Every placeholder the engine fills, and from what. Flow text writes them wherever it means this target
 * (`Test-NetConnection -ComputerName <host> -Port <port>`); replies show the real values, ready to copy.
 */
export const placeholderValues: Record<FlowPlaceholder, (target: Target) => string> = {
  "<host>": (target) => target.host,
  "<port>": (target) => String(target.port),
};

export function fillPlaceholders(text: string, target: Target): string {
  let out = text;
  for (const [placeholder, value] of Object.entries(placeholderValues)) {
    out = out.replaceAll(placeholder, value(target));
  }
  return out;
}

export function fillFixPlaceholders(fix: Fix, target: Target): Fix {
  const fill = (text: string) => fillPlaceholders(text, target);
  const step = (s: FixStep): FixStep => ({
    ...s,
    text: fill(s.text),
    ...(s.command === undefined ? {} : { command: fill(s.command) }),
  });
  return {
    ...fix,
    title: fill(fix.title),
    steps: fix.steps.map(step),
    verify: step(fix.verify),
    ...(fix.revert === undefined ? {} : { revert: fill(fix.revert) }),
  };
}
