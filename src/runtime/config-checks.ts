import { z } from "zod";

/** One check, one sentence: each variable gets a single problem that names it and never quotes its value. */
export function checked(problemOf: (value: string) => string | undefined) {
  return z.string().superRefine((value, ctx) => {
    const problem = problemOf(value);
    if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
  });
}

export function httpUrl(name: string, example: string) {
  return z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL such as ${example}` });
}

export function wholeNumber(name: string, min: number, max: number) {
  const problem = `${name} must be a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^[1-9]\d*$/, problem)
    .transform(Number)
    .pipe(z.number().min(min, problem).max(max, problem));
}

/** Comma-separated ids; the entries are names of channels, not secrets, so the problem may quote them. */
export function idList(name: string, pattern: RegExp, advice: string) {
  const entries = (text: string) =>
    [...new Set(text.split(",").map((entry) => entry.trim()))].filter(Boolean);
  return checked((text) => {
    const bad = entries(text).filter((entry) => !pattern.test(entry));
    if (bad.length === 0) return undefined;
    return `${name} has entries that are not ${advice}: ${bad.map((entry) => JSON.stringify(entry.slice(0, 40))).join(", ")}`;
  }).transform(entries);
}
