#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inputLineReader } from "../adapters/cli/input-line-reader.js";
import { lineReader } from "../adapters/cli/line-reader.js";
import { runCli } from "../adapters/cli/run-cli.js";
import { teamsPackageFromEnv } from "../adapters/teams/teams-package-from-env.js";
import { defaultFlowDir } from "../src/flow/default-flow-dir.js";
import { loadDefaultFlow } from "../src/flow/load-default-flow.js";
import { createProbeRunner } from "../src/probes/run-probes.js";
import { probePolicyFromEnv } from "../src/runtime/probe-policy-from-env.js";
import { createTargetCheck } from "../src/runtime/probe-target-check.js";
import { readConfig } from "../src/runtime/read-config.js";
import { watchConfigSection } from "../src/runtime/watch-config-section.js";
import { openStateStore } from "../src/state/open-state-store.js";
import { stateConfigFromEnv } from "../src/state/state-config.js";
import { registerDiscordFromEnv, serve } from "./serve.js";

// Composition root of the command line: wires real streams, files and probes into the CLI adapter.
const flowDir = defaultFlowDir();
const { version } = JSON.parse(readFileSync(join(flowDir, "..", "package.json"), "utf8")) as {
  version: string;
};
const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
const write = (stream: NodeJS.WriteStream) => (text: string) => void stream.write(`${text}\n`);
const readLine = interactive ? lineReader(process.stdin, (t) => void process.stdout.write(t)) : undefined;
// A pipe gets its own reader (for --jsonl); a terminal shares the prompt reader, so stdin has one reader.
const pipeInput = readLine ? undefined : inputLineReader(process.stdin);

const code = await runCli(
  process.argv.slice(2),
  {
    stdout: write(process.stdout),
    stderr: write(process.stderr),
    ...(readLine ? { readLine } : {}),
    readInputLine: readLine ? () => readLine("") : (pipeInput?.read ?? (async () => undefined)),
    colour: interactive && process.env.NO_COLOR === undefined,
  },
  {
    version,
    defaultFlowDir: flowDir,
    loadFlow: () => loadDefaultFlow(flowDir),
    createRunProbes: () => createProbeRunner({ policy: probePolicyFromEnv(process.env) }),
    createTargetCheck: () => createTargetCheck(probePolicyFromEnv(process.env)),
    openStore: () => openStateStore(stateConfigFromEnv(process.env)),
    watchSettings: () => readConfig(process.env, { watch: watchConfigSection }).watch,
    serve: () => serve(process.env, flowDir),
    registerDiscordCommands: (guildId) => registerDiscordFromEnv(process.env, guildId),
    teamsAppPackage: () => teamsPackageFromEnv(process.env, version),
    stopRequested: () =>
      new Promise<void>((resolve) => {
        // The listeners stay: execa's exit hook (probe runs spawn ping) re-raises a signal nobody else
        // listens to, which would kill the bot mid-shutdown. A second signal stops it at once.
        let asked = false;
        const onSignal = (signal: NodeJS.Signals) => {
          if (asked) process.exit(signal === "SIGINT" ? 130 : 143);
          asked = true;
          resolve();
        };
        process.on("SIGINT", onSignal);
        process.on("SIGTERM", onSignal);
      }),
  },
);
process.exitCode = code;
// readline keeps stdin open; nothing else is pending once the command has returned.
if (interactive || pipeInput?.opened()) process.stdin.destroy();
