import { join, resolve } from "node:path";
import { StateError } from "./state-error.js";

export type StateConfig = { kind: "sqlite"; path: string } | { kind: "postgres"; url: string };

/** The environment variables the state store reads (.env.example documents each). */
export const stateVariables = ["DATABASE_URL", "RDP_FIX_DATA_DIR"] as const;

/**
 * Where state lives: PostgreSQL when DATABASE_URL is set (replicas share it), otherwise one SQLite file in
 * RDP_FIX_DATA_DIR. A blank value means not set, as everywhere in .env.
 */
export function stateConfigFromEnv(env: Readonly<Record<string, string | undefined>>): StateConfig {
  const url = env.DATABASE_URL?.trim() ?? "";
  if (url !== "") {
    // Never quote the value in the message: it usually holds a password.
    if (!/^postgres(ql)?:\/\//i.test(url)) {
      throw new StateError(
        "STATE_CONFIG_INVALID",
        "DATABASE_URL must be a PostgreSQL URL starting with postgres:// or postgresql:// (e.g. postgres://rdpfix:PASSWORD@db:5432/rdpfix); leave it empty to keep state in a SQLite file under RDP_FIX_DATA_DIR.",
      );
    }
    return { kind: "postgres", url };
  }
  const dir = env.RDP_FIX_DATA_DIR?.trim() || "./data";
  return { kind: "sqlite", path: resolve(join(dir, "rdp-fix.sqlite")) };
}
