import { type ErrorExitStatus, exitStatusForError } from "../../src/errors/exit-status-for-error.js";
import { quoteInput } from "../../src/errors/quote-input.js";
import type { RunProbes } from "../../src/runtime/conversation-runner.js";
import { findHostInputProblem } from "../../src/runtime/validate-target-input.js";
import { withStateStore } from "../../src/runtime/with-state-store.js";
import type { CliDependencies } from "./cli-dependencies.js";
import type { CliIo } from "./cli-io.js";
import { helpText } from "./help-text.js";
import { parseCommandLine } from "./parse-command-line.js";
import { runAudit } from "./run-audit.js";
import { runCollector } from "./run-collector.js";
import { runDemo } from "./run-demo.js";
import { runDiagnose } from "./run-diagnose.js";
import { runDiscordRegister } from "./run-discord-register.js";
import { runFlowsCheck } from "./run-flows-check.js";
import { runProbe } from "./run-probe.js";
import { runServe } from "./run-serve.js";
import { runTeamsPackage } from "./run-teams-package.js";
import { runWatch } from "./run-watch.js";

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
    case "probe": {
      const problem = findHostInputProblem(command.host);
      if (problem) {
        io.stderr(`rdp-fix ${command.kind}: bad host ${quoteInput(command.host)}: ${problem}`);
        return 2;
      }
      const probes = wantsProbes(command)
        ? buildProbes(deps, io)
        : { ok: true as const, runProbes: undefined };
      if (!probes.ok) return probes.exitStatus;
      if (command.kind === "diagnose")
        return withStateStore(deps.openStore, io.stderr, async (store) =>
          runDiagnose(
            command,
            io,
            await deps.loadFlow(),
            store,
            probes.runProbes,
            probes.runProbes ? deps.createTargetCheck?.() : undefined,
          ),
        );
      if (!probes.runProbes) {
        io.stderr("rdp-fix probe: probes are not available in this build.");
        return 1;
      }
      return runProbe(command, io, probes.runProbes);
    }
    case "demo":
      return withStateStore(deps.openStore, io.stderr, async (store) =>
        runDemo(command, io, await deps.loadFlow(), store),
      );
    case "serve":
      return runServe(io, deps);
    case "discord-register":
      return runDiscordRegister(command.guildId, io, deps);
    case "teams-package":
      return runTeamsPackage(command.out, io, deps);
    case "audit":
      return runAudit(command, io, deps.openStore);
    case "watch":
      return runWatch(command, io, deps);
    case "collector":
      return runCollector(command, io);
  }
}

function wantsProbes(command: { kind: "diagnose"; probe: boolean } | { kind: "probe" }): boolean {
  return command.kind === "probe" || command.probe;
}

function buildProbes(
  deps: CliDependencies,
  io: CliIo,
): { ok: true; runProbes: RunProbes | undefined } | { ok: false; exitStatus: ErrorExitStatus } {
  try {
    return { ok: true, runProbes: deps.createRunProbes?.() };
  } catch (error) {
    io.stderr(`rdp-fix: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false, exitStatus: exitStatusForError(error) };
  }
}
