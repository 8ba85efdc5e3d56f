import type { webApi } from "@slack/bolt";
import type { Deliver } from "../../src/chat/counted-delivery.js";

/** Membership changes rarely; a minute of staleness keeps usergroups.users.list far from its rate limit. */
const cacheMs = 60_000;

/**
 * The members of a Slack user group, for "who may probe" (`usergroups.users.list`, scope usergroups:read),
 * cached briefly. A group Slack cannot list (wrong id, missing scope) has no members: nobody gets in by it,
 * and the log says why.
 */
export function usergroupMembers(
  client: webApi.WebClient,
  deliver: Deliver,
  onError: (error: unknown, usergroup: string) => void,
  now: () => number = Date.now,
) {
  const cache = new Map<string, { members: readonly string[]; until: number }>();
  return async (usergroup: string): Promise<readonly string[]> => {
    const cached = cache.get(usergroup);
    if (cached && cached.until > now()) return cached.members;
    const listed = await deliver(() => client.usergroups.users.list({ usergroup }));
    if (!listed.ok) {
      onError(listed.error, usergroup);
      return [];
    }
    const members = listed.value.users ?? [];
    cache.set(usergroup, { members, until: now() + cacheMs });
    return members;
  };
}
