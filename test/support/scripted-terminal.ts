import type { CliIo } from "../../adapters/cli/cli-io.js";

/**
 * A terminal for in-process CLI tests: answers prompts from a script, in order, and records what the program
 * printed. Without a script it behaves like a pipe (no prompts at all). `inputLines` are what a script pipes
 * in for `diagnose --jsonl`, read through readInputLine.
 */
export function scriptedTerminal(answers?: string[], options: { inputLines?: unknown[] } = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const prompts: string[] = [];
  const queue = [...(answers ?? [])];
  // Objects are sent as JSON; strings as they are (to send lines that are not JSON).
  const inputLines = (options.inputLines ?? []).map((l) => (typeof l === "string" ? l : JSON.stringify(l)));
  const io: CliIo = {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    colour: false,
    readInputLine: async () => inputLines.shift(),
    ...(answers === undefined
      ? {}
      : {
          readLine: async (prompt: string) => {
            prompts.push(prompt);
            return queue.shift();
          },
        }),
  };
  return {
    io,
    prompts,
    get stdout() {
      return stdout.join("\n");
    },
    get stderr() {
      return stderr.join("\n");
    },
    /** Each stdout line parsed as JSON, for --jsonl. */
    get jsonLines(): Array<Record<string, unknown>> {
      return stdout.map((line) => JSON.parse(line));
    },
    get unusedAnswers() {
      return queue;
    },
  };
}
