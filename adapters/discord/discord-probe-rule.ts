import { type ChannelAndGroupAccess, channelAndGroupRule } from "../../src/chat/channel-and-group-rule.js";
import type { ProbePermissionRule } from "../../src/chat/probe-permission.js";

/**
 * Discord's "who may probe": RDP_FIX_PROBE_DISCORD_ROLES and RDP_FIX_PROBE_DISCORD_CHANNELS. Every interaction
 * carries the member's roles, so membership needs no call.
 */
export function discordProbeRule(access: ChannelAndGroupAccess): ProbePermissionRule {
  return channelAndGroupRule(access, "role", async (actor, roles) =>
    (actor.roles ?? []).some((role) => roles.includes(role)),
  );
}
