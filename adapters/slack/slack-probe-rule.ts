import type { webApi } from "@slack/bolt";
import { type ChannelAndGroupAccess, channelAndGroupRule } from "../../src/chat/channel-and-group-rule.js";
import type { Deliver } from "../../src/chat/counted-delivery.js";
import type { ProbePermissionRule } from "../../src/chat/probe-permission.js";

/** Membership changes rarely; a minute of staleness keeps usergroups.users.list far from its rate limit. */
const cacheMs = 60_000;

/**
 * Slack's "who may probe": RDP_FIX_PROBE_SLACK_CHANNELS and RDP_FIX_PROBE_SLACK_USERGROUPS. A click carries no
 * group membership, so it is asked of Slack (`usergroups.users.list`, scope usergroups:read), cached briefly.
 * A group Slack cannot list (wrong id, missing scope) has no members: nobody gets in by it, and `onError`
 * logs why.
 */
export function slackProbeRule(
  access: ChannelAndGroupAccess,
  client: webApi.WebClient,
  deliver: Deliver,
  onError: (error: unknown, usergroup: string) => void,
): ProbePermissionRule {
  const cache = new Map<string, { members: readonly string[]; until: number }>();
  const members = async (usergroup: string): Promise<readonly string[]> => {
    const cached = cache.get(usergroup);
    if (cached && cached.until > Date.now()) return cached.members;
    const listed = await deliver(() => client.usergroups.users.list({ usergroup }));
    if (!listed.ok) {
      onError(listed.error, usergroup);
      return [];
    }
    const found = listed.value.users ?? [];
    cache.set(usergroup, { members: found, until: Date.now() + cacheMs });
    return found;
  };
  return channelAndGroupRule(access, "user group", async (actor, usergroups) => {
    for (const usergroup of usergroups) if ((await members(usergroup)).includes(actor.user)) return true;
    return false;
  });
}
