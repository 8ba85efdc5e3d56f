import type { ChatCommand } from "../../src/chat/chat-command.js";
import { readTextCommand, type TextCommandDialect } from "../../src/chat/read-text-command.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { slackCommandSyntax } from "./slack-command-syntax.js";
import { unescapeSlackText } from "./unescape-slack-text.js";

const userMention = /^<@([UW][A-Z0-9]{2,20})(?:\|[^<>]*)?>$/;
const groupMention = /^<!subteam\^([A-Z0-9]{2,20})(?:\|[^<>]*)?>$/;
const plainName = /^@?[\p{L}\p{N}._-]{1,80}$/u;
/** Never a way to ping a whole channel or workspace. */
const everyone = new Set(["channel", "here", "everyone"]);

/**
 * How Slack writes commands: it sends the text with &, <, > escaped, and mentions and links as
 * `<@U123|bob>`, `<http://host42|host42>`. The grammar itself is src/chat's (readTextCommand).
 */
const slackDialect: TextCommandDialect = {
  commandSyntax: slackCommandSyntax,
  person: (target) => {
    const user = userMention.exec(target);
    const group = groupMention.exec(target);
    if (user) return `<@${user[1]}>`;
    if (group) return `<!subteam^${group[1]}>`;
    return plainName.test(target) && !everyone.has(target.replace(/^@/, "").toLowerCase())
      ? target
      : undefined;
  },
  host: unwrapLink,
  plainText,
  escape: escapeMrkdwn,
};

/** What someone asked for with `/rdp-fix <text>` or a mention's words. */
export function decodeSlashCommand(text: string): ChatCommand {
  return readTextCommand(text, slackDialect);
}

/** Slack turns a typed `host42.example.com` into `<http://host42.example.com|host42.example.com>`. */
function unwrapLink(token: string): string {
  const link = /^<https?:\/\/([^<>|]*?)\/?(?:\|([^<>]*))?>$/.exec(token);
  if (!link) return token;
  return link[2] ?? link[1] ?? token;
}

/** Slack markup as the words it shows: `<@U1|bob>` -> @bob, `<#C1|it>` -> #it, `<http://x|x>` -> x, `&lt;` -> <. */
function plainText(text: string): string {
  const words = text
    .replace(/<@[A-Z0-9]+\|([^<>]*)>/g, "@$1")
    .replace(/<#[A-Z0-9]+\|([^<>]*)>/g, "#$1")
    .replace(/<([^<>|]*)\|([^<>]*)>/g, "$2")
    .replace(/<([^<>]*)>/g, "$1");
  return unescapeSlackText(words);
}
