import type { ProbeActor } from "./probe-actor.js";
import type { ProbePermissionRule } from "./probe-permission.js";

/** Who may probe as two lists; an empty list does not restrict. */
export interface ChannelAndGroupAccess {
  channels: readonly string[];
  groups: readonly string[];
}

/** Nobody restricted: the default of every list. */
export const anyoneMayProbe: ChannelAndGroupAccess = { channels: [], groups: [] };

/**
 * The usual "who may probe" rule: from one of the listed channels, and a member of one of the listed groups
 * (whatever the platform calls them: user groups, roles); with both lists set, both must hold. The platform
 * says what its groups are called and how membership is known.
 */
export function channelAndGroupRule(
  access: ChannelAndGroupAccess,
  groupNoun: string,
  memberOfAny: (actor: ProbeActor, groups: readonly string[]) => Promise<boolean>,
): ProbePermissionRule {
  const { channels, groups } = access;
  return async (actor) => {
    const inChannel =
      channels.length === 0 || (actor.channel !== undefined && channels.includes(actor.channel));
    const inGroup = groups.length === 0 || (await memberOfAny(actor, groups));
    if (inChannel && inGroup) return { kind: "allowed" };
    const rules = [
      ...(groups.length > 0 ? [`only by members of the ${groupNoun} ${groups.join(", ")}`] : []),
      ...(channels.length > 0 ? [`only in the channel ${channels.join(", ")}`] : []),
    ];
    return { kind: "refused", rules };
  };
}
