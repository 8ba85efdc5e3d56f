/**
 * A platform's conversation (or channel) keys: its registered name, then its own parts, joined by colons
 * (`slack:T1:C1:1700000000.1`), as they are stored: the key alone tells any replica where to speak. Each part
 * is matched by its pattern (no colons), so a foreign or forged key reads as undefined.
 */
export function conversationKeyCodec<const Part extends string>(
  platform: string,
  parts: Readonly<Record<Part, RegExp>>,
) {
  const names = Object.keys(parts) as Part[];
  const prefix = platform.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`^${prefix}:${names.map((name) => `(${parts[name].source})`).join(":")}$`);
  return {
    key: (values: Readonly<Record<Part, string>>): string =>
      [platform, ...names.map((name) => values[name])].join(":"),
    parse: (key: string): Record<Part, string> | undefined => {
      const match = pattern.exec(key);
      if (!match) return undefined;
      return Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ""])) as Record<Part, string>;
    },
  };
}
