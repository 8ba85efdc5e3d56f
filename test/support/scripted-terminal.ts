import type { CliIo } from "../../adapters/cli/cli-io.js";

/**
 * A terminal for in-process CLI tests: answers prompts from a script, in order, and records what the program
 * printed. Without a script it behaves like a pipe (no prompts at all).
 */
export function scriptedTerminal(answers?: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const prompts: string[] = [];
  const queue = [...(answers ?? [])];
  const io: CliIo = {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    colour: false,
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
    get unusedAnswers() {
      return queue;
    },
  };
}
