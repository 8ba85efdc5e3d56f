import { exitStatusForError } from "../../src/errors/exit-status-for-error.js";
import type { CliDependencies } from "./cli-dependencies.js";
import type { CliIo } from "./cli-io.js";

/**
 * `rdp-fix serve`: runs the chat adapters until SIGINT/SIGTERM (exit 0), or until an uncaught error that no
 * job owns (exit 1). A configuration problem is bad input (exit 2) and its message names every variable to
 * fix; anything else that stops start-up is exit 1.
 */
export async function runServe(io: CliIo, deps: CliDependencies): Promise<number> {
  if (!deps.serve || !deps.stopRequested) {
    io.stderr("rdp-fix serve: no chat adapters in this build.");
    return 1;
  }
  // Listen for the signal before starting: a SIGTERM during start-up must stop the bot, not kill it.
  const stopRequested = deps.stopRequested();
  let bots: Awaited<ReturnType<NonNullable<CliDependencies["serve"]>>>;
  try {
    bots = await deps.serve();
  } catch (error) {
    io.stderr(`rdp-fix serve: ${error instanceof Error ? error.message : String(error)}`);
    return exitStatusForError(error);
  }
  // A bug outside any job (install-last-resort) stops the bot as cleanly as a signal, but exits 1.
  const failed = bots.failed?.then(() => "failed" as const) ?? new Promise<never>(() => undefined);
  const why = await Promise.race([stopRequested.then(() => "asked" as const), failed]);
  await bots.stop();
  return why === "failed" ? 1 : 0;
}
