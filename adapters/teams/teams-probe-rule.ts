import { type ChannelAndGroupAccess, channelAndGroupRule } from "../../src/chat/channel-and-group-rule.js";
import type { ProbePermissionRule } from "../../src/chat/probe-permission.js";

/**
 * Teams' "who may probe": RDP_FIX_PROBE_TEAMS_CHANNELS (a reply chain counts as its channel) and
 * RDP_FIX_PROBE_TEAMS_USERS (AAD object ids). Every activity names its sender's object id, so no call is needed.
 */
export function teamsProbeRule(access: ChannelAndGroupAccess): ProbePermissionRule {
  return channelAndGroupRule(access, "Teams probe list (RDP_FIX_PROBE_TEAMS_USERS)", async (actor, users) =>
    users.includes(actor.user),
  );
}
