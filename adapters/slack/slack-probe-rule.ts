import { type ChannelAndGroupAccess, channelAndGroupRule } from "../../src/chat/channel-and-group-rule.js";
import type { ProbePermissionRule } from "../../src/chat/probe-permission.js";

/**
 * Slack's "who may probe": RDP_FIX_PROBE_SLACK_CHANNELS and RDP_FIX_PROBE_SLACK_USERGROUPS. A click carries no
 * group membership, so it is asked of Slack (`members`, cached by whoever provides it).
 */
export function slackProbeRule(
  access: ChannelAndGroupAccess,
  members: (usergroup: string) => Promise<readonly string[]>,
): ProbePermissionRule {
  return channelAndGroupRule(access, "user group", async (actor, usergroups) => {
    for (const usergroup of usergroups) {
      if ((await members(usergroup)).includes(actor.user)) return true;
    }
    return false;
  });
}
