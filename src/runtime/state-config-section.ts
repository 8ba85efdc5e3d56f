import { stateConfigFromEnv, stateVariables } from "../state/state-config.js";
import { StateError } from "../state/state-error.js";
import { throwingConfigSection } from "./throwing-config-section.js";

/** Where state lives, as a section of the one configuration (its message never quotes DATABASE_URL). */
export const stateConfigSection = throwingConfigSection(stateVariables, stateConfigFromEnv, (error) =>
  error instanceof StateError && error.code === "STATE_CONFIG_INVALID" ? [error.message] : undefined,
);
