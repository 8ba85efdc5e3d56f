import { chatAdaptersSection } from "../src/chat/chat-adapters-section.js";
import { ConfigError } from "../src/runtime/config-error.js";
import type { EnvVariables } from "../src/runtime/config-section.js";
import { probeControlSection } from "../src/runtime/probe-control-config.js";
import { probePolicySection } from "../src/runtime/probe-policy-from-env.js";
import { readConfig } from "../src/runtime/read-config.js";
import { replicaTimingSection } from "../src/runtime/replica-timing.js";
import { serveConfigSection } from "../src/runtime/serve-config-section.js";
import { stateConfigSection } from "../src/runtime/state-config-section.js";
import { chatAdapters } from "./chat-adapters.js";

/** Every section of `rdp-fix serve`'s configuration: the runtime's, each module's, each chat adapter's. */
export const serveConfigSections = {
  serve: serveConfigSection,
  platforms: chatAdaptersSection(chatAdapters),
  policy: probePolicySection,
  probeControl: probeControlSection,
  timing: replicaTimingSection,
  state: stateConfigSection,
};

/**
 * The whole configuration of `rdp-fix serve`, read once. Throws ConfigError: CONFIG_INVALID listing every
 * problem of every section in one message (each naming its variable, none quoting a secret), or
 * CONFIG_NO_PLATFORM when all is well but no chat platform is configured.
 */
export function loadServeConfig(env: EnvVariables) {
  const config = readConfig(env, serveConfigSections);
  if (config.platforms.length === 0) throw ConfigError.noPlatform(chatAdapters.map((a) => a.howToEnable));
  return config;
}

export type ServeConfig = ReturnType<typeof loadServeConfig>;
