import { escapeDiscordMarkdown } from "./escape-discord-markdown.js";

const snowflake = /^\d{17,20}$/;
const mention = /^<@!?(\d{17,20})>$/;

/**
 * A person as Discord shows them: a user id (a snowflake, 17-20 digits) or a user mention becomes `<@id>`;
 * anything else (a name, or a Slack user id from a session started elsewhere) is escaped text, so a name can
 * never smuggle in `@everyone` or a role mention.
 */
export function formatDiscordPerson(who: string): string {
  if (snowflake.test(who)) return `<@${who}>`;
  const id = mention.exec(who)?.[1];
  return id === undefined ? escapeDiscordMarkdown(who) : `<@${id}>`;
}

/** The user id behind a person, when there is one: who a message may ping. */
export function discordUserId(who: string): string | undefined {
  return snowflake.test(who) ? who : mention.exec(who)?.[1];
}
