import { exitStatusForError } from "../../src/errors/exit-status-for-error.js";
import type { CliDependencies } from "./cli-dependencies.js";
import type { CliIo } from "./cli-io.js";

/** `rdp-fix discord register [--guild ID]`: exit 2 for configuration problems, 1 when Discord refuses. */
export async function runDiscordRegister(
  guildId: string | undefined,
  io: CliIo,
  deps: CliDependencies,
): Promise<number> {
  if (!deps.registerDiscordCommands) {
    io.stderr("rdp-fix discord register: Discord is not part of this build.");
    return 1;
  }
  try {
    const names = await deps.registerDiscordCommands(guildId);
    io.stdout(
      `Registered ${names.map((n) => `/${n}`).join(" and ")} ${guildId ? `in server ${guildId}` : "globally"}.`,
    );
    return 0;
  } catch (error) {
    io.stderr(`rdp-fix discord register: ${error instanceof Error ? error.message : String(error)}`);
    return exitStatusForError(error);
  }
}
