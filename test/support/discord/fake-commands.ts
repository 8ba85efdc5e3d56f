import { type APIApplicationCommand, ApplicationCommandType } from "discord.js";
import { fakeDiscordIds } from "./fake-discord-ids.js";
import { nextSnowflake } from "./next-snowflake.js";

export interface FakeCommands {
  /** The registered commands: global with no guild id, else that guild's. */
  list(guildId?: string): APIApplicationCommand[];
  /**
   * Bulk overwrite as `PUT .../commands` does it: the set is replaced, a command keeping its name and type
   * keeps its id, and the problems Discord would reject the whole request for are returned instead.
   */
  overwrite(guildId: string | undefined, commands: unknown): APIApplicationCommand[] | string[];
}

// Discord's documented name rule (https://discord.com/developers/docs/interactions/application-commands).
const commandName = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

export function createFakeCommands(): FakeCommands {
  const scopes = new Map<string, APIApplicationCommand[]>();
  const key = (guildId: string | undefined) => guildId ?? "global";
  return {
    list: (guildId) => scopes.get(key(guildId)) ?? [],
    overwrite(guildId, commands) {
      if (!Array.isArray(commands)) return ["body: expected an array of commands"];
      const problems = commands.flatMap((c: Record<string, unknown>, index) => commandProblems(c, index));
      if (problems.length > 0) return problems;
      const before = scopes.get(key(guildId)) ?? [];
      const stored = commands.map((c: Record<string, unknown>): APIApplicationCommand => {
        const type = Number(c.type ?? ApplicationCommandType.ChatInput) as ApplicationCommandType;
        const kept = before.find((b) => b.name === c.name && b.type === type);
        return {
          ...(c as Partial<APIApplicationCommand>),
          id: kept?.id ?? nextSnowflake(),
          application_id: fakeDiscordIds.applicationId,
          ...(guildId === undefined ? {} : { guild_id: guildId }),
          name: String(c.name),
          description: String(c.description ?? ""),
          type,
          default_member_permissions: (c.default_member_permissions as string | null | undefined) ?? null,
          version: nextSnowflake(),
        };
      });
      scopes.set(key(guildId), stored);
      return stored;
    },
  };
}

function commandProblems(command: Record<string, unknown>, index: number): string[] {
  const name = String(command.name ?? "");
  const problems: string[] = [];
  const chatInput = (command.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
  if (!commandName.test(name) || (chatInput && name !== name.toLowerCase()))
    problems.push(`${index}.name: "${name}" is not a valid command name`);
  const description = String(command.description ?? "");
  if (chatInput && (description.length < 1 || description.length > 100))
    problems.push(`${index}.description: must be 1-100 characters`);
  return problems;
}
