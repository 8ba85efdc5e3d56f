import { readFileSync } from "node:fs";

/** A recorded tool output from test/fixtures/bench/ (see its README for where each one comes from). */
export function readFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/bench/${name}`, import.meta.url), "utf8");
}
