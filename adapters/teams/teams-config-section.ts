import type { ConfigSection } from "../../src/runtime/config-section.js";
import { readTeamsConfig, type TeamsConfig } from "./read-teams-config.js";

const teamsVariables = [
  "TEAMS_CLIENT_ID",
  "TEAMS_CLIENT_SECRET",
  "TEAMS_TENANT_ID",
  "TEAMS_OPENID_METADATA_URL",
  "TEAMS_TOKEN_URL",
  "RDP_FIX_TEAMS_TRIAGE_CHANNELS",
  "RDP_FIX_PROBE_TEAMS_CHANNELS",
  "RDP_FIX_PROBE_TEAMS_USERS",
] as const;

/**
 * Teams' section of the configuration: off while none of its variables is set; once any is, the whole
 * section is read and every problem named (half a Teams setup is a mistake, not a choice).
 */
export const teamsConfigSection: ConfigSection<TeamsConfig | undefined> = {
  variables: teamsVariables,
  read(env) {
    if (teamsVariables.every((name) => (env[name]?.trim() ?? "") === ""))
      return { ok: true, value: undefined };
    const reading = readTeamsConfig(env);
    return reading.ok ? { ok: true, value: reading.config } : { ok: false, problems: reading.problems };
  },
};
