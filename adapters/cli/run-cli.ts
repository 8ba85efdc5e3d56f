import type { Flow } from "../../src/flow/flow-schema.js";
import type { RunProbes } from "../../src/runtime/conversation-runner.js";
import type { CliIo } from "./cli-io.js";
import { helpText } from "./help-text.js";
import { parseCommandLine } from "./parse-command-line.js";
import { runDiagnose } from "./run-diagnose.js";
import { runFlowsCheck } from "./run-flows-check.js";

/** What the composition root provides; commands ask for what they need, so `--help` loads nothing. */
export interface CliDependencies {
  version: string;
  defaultFlowDir: string;
  loadFlow(): Promise<Flow>;
  runProbes?: RunProbes;
}

/** Runs one command line and returns the exit code: 0 success, 1 operational failure, 2 bad usage or input. */
export async function runCli(argv: readonly string[], io: CliIo, deps: CliDependencies): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (!parsed.ok) {
    io.stderr(`rdp-fix: ${parsed.message}`);
    io.stderr(`Run "rdp-fix ${parsed.topic ? `help ${parsed.topic}` : "--help"}" for usage.`);
    return 2;
  }
  const { command } = parsed;
  switch (command.kind) {
    case "help":
      io.stdout(helpText(command.topic));
      return 0;
    case "version":
      io.stdout(deps.version);
      return 0;
    case "flows-check":
      return runFlowsCheck(command.dir ?? deps.defaultFlowDir, io);
    case "diagnose":
      return runDiagnose(command, io, await deps.loadFlow(), deps.runProbes);
    case "probe":
    case "demo":
    case "serve":
      io.stderr(`rdp-fix ${command.kind}: not available in this build yet.`);
      return 1;
  }
}
