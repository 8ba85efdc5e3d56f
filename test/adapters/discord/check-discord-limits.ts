import { discordLimits } from "../../../adapters/discord/discord-limits.js";
import type { DiscordMessage } from "../../../adapters/discord/discord-message.js";

type Loose = Record<string, unknown>;

/** A `<` the renderers may write unescaped: a user mention, made only for a person (a snowflake). */
const allowedMarkup = /^<@\d{17,20}>/;

/**
 * Everything in a message that Discord's API would reject, or that would let hostile text ping or inject
 * markup, as a list of problems (empty when the message is fine). Counts by Discord's rules, independently of
 * the renderers' own arithmetic, so it checks them.
 */
export function checkDiscordLimits(message: DiscordMessage): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  const text = (where: string, value: unknown, max: number, markdown = true) => {
    if (typeof value !== "string") {
      problems.push(`${where}: not text`);
      return;
    }
    check(value.trim().length >= 1, `${where}: empty`);
    check(value.length <= max, `${where}: ${value.length} > ${max} characters`);
    if (markdown) problems.push(...markdownProblems(where, value));
  };

  if (message.content !== undefined) text("content", message.content, discordLimits.content);
  check(
    message.content !== undefined || message.embeds.length > 0 || message.components.length > 0,
    "an empty message",
  );
  check(message.allowedMentions.parse.length === 0, "allowedMentions lets Discord parse mentions");
  check(message.embeds.length <= discordLimits.embedsPerMessage, `${message.embeds.length} embeds`);
  let total = 0;
  for (const [i, embed] of message.embeds.entries()) {
    const where = `embed ${i}`;
    if (embed.title !== undefined) text(`${where} title`, embed.title, discordLimits.embedTitle);
    if (embed.description !== undefined)
      text(`${where} description`, embed.description, discordLimits.embedDescription);
    const fields = embed.fields ?? [];
    check(fields.length <= discordLimits.fieldsPerEmbed, `${where}: ${fields.length} fields`);
    for (const [j, f] of fields.entries()) {
      text(`${where} field ${j} name`, f.name, discordLimits.fieldName);
      text(`${where} field ${j} value`, f.value, discordLimits.fieldValue);
      total += f.name.length + f.value.length;
    }
    total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
    total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  }
  check(total <= discordLimits.embedsTotal, `embeds hold ${total} > ${discordLimits.embedsTotal} characters`);

  check(message.components.length <= discordLimits.actionRows, `${message.components.length} action rows`);
  const customIds = new Set<string>();
  const customId = (where: string, id: unknown) => {
    text(`${where} custom_id`, id, discordLimits.customId, false);
    check(!customIds.has(String(id)), `${where}: duplicate custom_id ${String(id)}`);
    customIds.add(String(id));
  };
  for (const [i, row] of message.components.entries()) {
    const where = `row ${i}`;
    const items = row.components as unknown as Loose[];
    check(row.type === 1, `${where}: not an action row`);
    const selects = items.filter((c) => c.type === 3).length;
    check(selects === 0 || items.length === 1, `${where}: a select shares its row`);
    check(
      items.length >= 1 && items.length <= discordLimits.buttonsPerRow,
      `${where}: ${items.length} items`,
    );
    for (const item of items) {
      if (item.type === 2) {
        check([1, 2, 3, 4].includes(Number(item.style)), `${where}: button style ${String(item.style)}`);
        text(`${where} button label`, item.label, discordLimits.buttonLabel, false);
        customId(`${where} button`, item.custom_id);
      } else if (item.type === 3) {
        customId(`${where} select`, item.custom_id);
        if (item.placeholder !== undefined)
          text(`${where} placeholder`, item.placeholder, discordLimits.placeholder, false);
        const options = item.options as Array<{ label: string; value: string; description?: string }>;
        check(options.length >= 1 && options.length <= discordLimits.selectOptions, `${where}: options`);
        check(new Set(options.map((o) => o.value)).size === options.length, `${where}: duplicate values`);
        for (const o of options) {
          text(`${where} option label`, o.label, discordLimits.optionLabel, false);
          text(`${where} option value`, o.value, discordLimits.optionValue, false);
          if (o.description !== undefined)
            text(`${where} option description`, o.description, discordLimits.optionDescription, false);
        }
      } else problems.push(`${where}: a component the renderers should not produce`);
    }
  }
  return problems;
}

/** Outside code, no mass mention and no `<` but an escaped one or a user mention; code blocks closed. */
function markdownProblems(where: string, value: string): string[] {
  const problems: string[] = [];
  if (value.split("```").length % 2 === 0) problems.push(`${where}: an unclosed code block`);
  const prose = value.replace(/(?<!\\)```[\s\S]*?```/g, "").replace(/(?<!\\)`[^`\n]+`/g, "");
  const mass = /@(everyone|here)/i.exec(prose);
  if (mass) problems.push(`${where}: a raw ${mass[0]}`);
  for (let i = prose.indexOf("<"); i >= 0; i = prose.indexOf("<", i + 1)) {
    const escaped = /(^|[^\\])(\\\\)*\\$/.test(prose.slice(0, i));
    if (!escaped && !allowedMarkup.test(prose.slice(i)))
      problems.push(`${where}: raw "<" at ${i}: ${prose.slice(i, i + 20)}`);
  }
  return problems;
}
