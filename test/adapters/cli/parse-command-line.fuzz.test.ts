import { describe, expect, it } from "vitest";
import { parseCommandLine } from "../../../adapters/cli/parse-command-line.js";
import { forEachFuzzCase, mutateText, randomText } from "../../support/fuzz-cases.js";

/** Words the parser knows, so random vectors reach past the first check. */
const words = [
  "diagnose",
  "probe",
  "demo",
  "serve",
  "flows",
  "check",
  "discord",
  "register",
  "teams",
  "package",
  "--out",
  "--describe",
  "-d",
  "audit",
  "collector",
  "help",
  "--help",
  "-h",
  "--version",
  "--port",
  "-p",
  "--answer",
  "-a",
  "--no-probe",
  "--yes",
  "-y",
  "--json",
  "--jsonl",
  "--symptom",
  "--all",
  "--evidence",
  "-e",
  "--guild",
  "--since",
  "--user",
  "--host",
  "--one-liner",
  "host42",
  "192.0.2.10",
  "3389",
  "0",
  "65536",
  "error-shown=code-0x904",
  "24h",
  "--",
  "-",
  "=",
];

describe("fuzz: random argument vectors into the CLI parser", () => {
  it("GIVEN random argument vectors THEN the parser never throws: a command or a short message", () => {
    forEachFuzzCase(
      1500,
      (random) =>
        Array.from({ length: Math.floor(random.next() * 8) }, () => {
          const shape = random.next();
          if (shape < 0.6) return random.pick(words);
          if (shape < 0.8) return mutateText(random, random.pick(words), 2);
          return randomText(random, random.next() < 0.05 ? 100_000 : 40);
        }),
      (argv) => {
        const parsed = parseCommandLine(argv);
        if (!parsed.ok) expect(parsed.message.length).toBeLessThan(1000);
        else expect(typeof parsed.command.kind).toBe("string");
      },
    );
  });
});
