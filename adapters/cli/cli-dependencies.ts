import type { Flow } from "../../src/flow/flow-schema.js";
import type { RunProbes } from "../../src/runtime/conversation-runner.js";
import type { TargetCheck } from "../../src/runtime/probe-target-check.js";
import type { WatchSettings } from "../../src/runtime/watch-config-section.js";
import type { StateStore } from "../../src/state/state-store.js";

/** What the composition root provides; commands ask for what they need, so `--help` loads nothing. */
export interface CliDependencies {
  version: string;
  defaultFlowDir: string;
  loadFlow(): Promise<Flow>;
  /** Builds the probe pipeline from configuration; throws a coded error when the configuration is bad. */
  createRunProbes?: () => RunProbes;
  /** The probe policy as a check before consent (same configuration as the probes). */
  createTargetCheck?: () => TargetCheck;
  /**
   * Opens the configured state store (SQLite in RDP_FIX_DATA_DIR by default), where the terminal's fix
   * outcomes and audit records join the bot's. Without it (tests) the terminal keeps them in memory.
   */
  openStore?: () => Promise<StateStore>;
  /** Starts the chat adapters; resolves once they run, with a way to stop them. */
  /** `failed` resolves when the bot must stop after an uncaught error no job owns (exit 1). */
  serve?: () => Promise<{ stop(): Promise<void>; failed?: Promise<unknown> }>;
  /** Registers the Discord slash commands; resolves with their names. */
  registerDiscordCommands?: (guildId?: string) => Promise<string[]>;
  /** The Teams app package for the bot configured in the environment, or what to set first. */
  teamsAppPackage?: () => { ok: true; zip: Buffer } | { ok: false; problems: string[] };
  /** RDP_FIX_WATCH_MIN_INTERVAL and RDP_FIX_WATCH_CERT_DAYS; throws a ConfigError when they are bad. */
  watchSettings?: () => WatchSettings;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM); tests resolve it themselves. */
  stopRequested?: () => Promise<void>;
}
