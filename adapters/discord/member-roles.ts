/** The role ids of the member behind an interaction: a cached GuildMember, or the raw payload's list. */
export function memberRoles(interaction: { member: unknown }): string[] {
  const member = interaction.member as { roles?: unknown } | null;
  const roles = member?.roles;
  if (Array.isArray(roles)) return roles.filter((role): role is string => typeof role === "string");
  const cache = (roles as { cache?: Map<string, unknown> } | undefined)?.cache;
  return cache ? [...cache.keys()] : [];
}
