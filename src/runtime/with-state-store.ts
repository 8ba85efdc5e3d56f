import { MemoryStateStore } from "../state/memory-state-store.js";
import type { StateStore } from "../state/state-store.js";

/**
 * Runs a terminal command with the configured store and closes it after. A terminal diagnosis still works
 * when the store cannot be opened (a read-only directory, a database that is down): it says so and keeps
 * this run's records in memory. Without an opener (tests), memory it is.
 */
export async function withStateStore<T>(
  open: (() => Promise<StateStore>) | undefined,
  warn: (text: string) => void,
  use: (store: StateStore) => Promise<T>,
): Promise<T> {
  let store: StateStore = new MemoryStateStore();
  if (open) {
    try {
      store = await open();
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      warn(`rdp-fix: the state store could not be opened, so this run keeps no records: ${why}`);
    }
  }
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
