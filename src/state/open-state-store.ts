import { PostgresStateStore } from "./postgres-state-store.js";
import { SqliteStateStore } from "./sqlite-state-store.js";
import type { StateConfig } from "./state-config.js";
import { StateError } from "./state-error.js";
import type { StateStore } from "./state-store.js";

export interface OpenStateStoreOptions {
  /** Epoch ms for leases, TTLs and job times; tests move it. Default Date.now. */
  clock?: () => number;
  /** SQLite only: checkpoint the WAL on a thread of its own, never on the event loop (what `serve` does). */
  walCheckpointEveryMs?: number;
}

/** Opens the configured store and brings its schema up to date; refuses a database from a newer release. */
export async function openStateStore(
  config: StateConfig,
  options: OpenStateStoreOptions = {},
): Promise<StateStore> {
  const clock = options.clock ?? Date.now;
  switch (config.kind) {
    case "sqlite":
      return SqliteStateStore.open(config.path, {
        clock,
        ...(options.walCheckpointEveryMs === undefined
          ? {}
          : { walCheckpointEveryMs: options.walCheckpointEveryMs }),
      });
    case "postgres":
      return PostgresStateStore.open(config.url, { clock });
    default: {
      // Exhaustive: a new kind of store stops compiling here. src/state uses the engine for types only.
      const unknown: never = config;
      throw new StateError(
        "STATE_CONFIG_INVALID",
        `Unknown state store kind ${String((unknown as StateConfig).kind)}.`,
      );
    }
  }
}
