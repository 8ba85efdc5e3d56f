import { parseArgs } from "node:util";

export interface BenchArgs {
  /** Where to write the raw results as JSON; absent means stdout only. */
  jsonFile?: string;
}

export const benchUsage = "usage: npm run bench:probe [-- --json FILE]";

/** Throws with the usage line on anything but `--json FILE`. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: { json: { type: "string" } },
    strict: true,
    allowPositionals: false,
  });
  if (values.json === "") throw new Error(`--json needs a file name\n${benchUsage}`);
  return values.json === undefined ? {} : { jsonFile: values.json };
}
