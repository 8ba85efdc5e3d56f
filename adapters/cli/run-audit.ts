import type { AuditEntry } from "../../src/state/audit-entry.js";
import type { StateStore } from "../../src/state/state-store.js";
import type { CliIo } from "./cli-io.js";
import type { AuditCommand } from "./parse-audit-args.js";
import { sinceTime } from "./parse-since.js";
import { renderAuditTable } from "./render-audit-table.js";
import { terminalSafeJson } from "./terminal-safe-json.js";

/**
 * Prints the audit trail of the store `serve` writes to. Unlike a diagnosis, which falls back to memory, a
 * listing of an empty memory store would be a lie, so a store that cannot be opened is a failure (exit 1).
 */
export async function runAudit(
  command: AuditCommand,
  io: CliIo,
  openStore: (() => Promise<StateStore>) | undefined,
  now: Date = new Date(),
): Promise<number> {
  if (!openStore) {
    io.stderr("rdp-fix audit: no state store is configured in this build.");
    return 1;
  }
  let store: StateStore;
  try {
    store = await openStore();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    io.stderr(`rdp-fix audit: the state store could not be opened: ${why}`);
    return 1;
  }
  try {
    const entries = await store.listAudit({
      since: sinceTime(command.since, now),
      ...(command.user === undefined ? {} : { actor: command.user }),
      ...(command.host === undefined ? {} : { target: command.host }),
    });
    const oldestFirst = entries.toSorted((a: AuditEntry, b: AuditEntry) => a.at.localeCompare(b.at));
    io.stdout(command.json ? terminalSafeJson(oldestFirst) : renderAuditTable(oldestFirst));
    return 0;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    io.stderr(`rdp-fix audit: the audit trail could not be read: ${why}`);
    return 1;
  } finally {
    await store.close();
  }
}
