import { chatAdaptersSection } from "../src/chat/chat-adapters-section.js";
import type { EnvVariables } from "../src/runtime/config-section.js";
import { exporterConfigSection } from "../src/runtime/exporter-config-section.js";
import { probeControlSection } from "../src/runtime/probe-control-config.js";
import { probePolicySection } from "../src/runtime/probe-policy-from-env.js";
import { readConfig } from "../src/runtime/read-config.js";
import { replicaTimingSection } from "../src/runtime/replica-timing.js";
import { serveConfigSection } from "../src/runtime/serve-config-section.js";
import { stateConfigSection } from "../src/runtime/state-config-section.js";
import { watchConfigSection } from "../src/runtime/watch-config-section.js";
import { chatAdapters } from "./chat-adapters.js";

/** Every section of `rdp-fix serve`'s configuration: the runtime's, each module's, each chat adapter's. */
export const serveConfigSections = {
  serve: serveConfigSection,
  platforms: chatAdaptersSection(chatAdapters),
  policy: probePolicySection,
  probeControl: probeControlSection,
  timing: replicaTimingSection,
  state: stateConfigSection,
  exporter: exporterConfigSection,
  watch: watchConfigSection,
};

/**
 * The whole configuration of `rdp-fix serve`, read once. Throws ConfigError: CONFIG_INVALID listing every
 * problem of every section in one message (each naming its variable, none quoting a secret). No chat
 * platform is not a problem: serve then runs its HTTP endpoints only (see noPlatformNotice).
 */
export function loadServeConfig(env: EnvVariables) {
  return readConfig(env, serveConfigSections);
}

/** What serve says at start when no chat platform is configured: what it serves, and how to add each platform. */
export function noPlatformNotice(): string {
  return [
    "No chat platform is configured: serving the HTTP endpoints (/healthz, /metrics, /probe) and the watches only.",
    ...chatAdapters.map((adapter) => adapter.howToEnable),
    ".env.example describes every variable and the README's Configuration section explains them.",
  ].join(" ");
}

export type ServeConfig = ReturnType<typeof loadServeConfig>;
