import type { Fix, FixStep } from "../flow/flow-schema.js";

/** Flow text writes `<host>` for the computer being diagnosed; replies show the real name, ready to copy. */
export function fillHost(text: string, host: string): string {
  return text.replaceAll("<host>", host);
}

export function fillFixHost(fix: Fix, host: string): Fix {
  const step = (s: FixStep): FixStep => ({
    ...s,
    text: fillHost(s.text, host),
    ...(s.command === undefined ? {} : { command: fillHost(s.command, host) }),
  });
  return {
    ...fix,
    steps: fix.steps.map(step),
    verify: step(fix.verify),
    ...(fix.revert === undefined ? {} : { revert: fillHost(fix.revert, host) }),
  };
}
