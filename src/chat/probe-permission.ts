import type { ProbeAccess } from "../runtime/probe-control-config.js";
import type { ProbeActor } from "./probe-actor.js";

/**
 * Why this person may not probe from here, or undefined when they may. A list left empty does not restrict;
 * with both a channel list and a group (role) list, both must hold. The terminal is never restricted: whoever
 * runs it already has this machine's network.
 */
export async function permissionProblem(
  access: ProbeAccess,
  actor: ProbeActor,
  slackGroupMembers?: (usergroup: string) => Promise<readonly string[]>,
): Promise<string | undefined> {
  if (actor.platform === "terminal") return undefined;
  const channels = actor.platform === "slack" ? access.slackChannels : access.discordChannels;
  const groups = actor.platform === "slack" ? access.slackUsergroups : access.discordRoles;
  const inChannel =
    channels.length === 0 || (actor.channel !== undefined && channels.includes(actor.channel));
  const inGroup = groups.length === 0 || (await memberOfAny(actor, groups, slackGroupMembers));
  if (inChannel && inGroup) return undefined;
  const rules = [
    ...(groups.length > 0
      ? [`only by members of the ${actor.platform === "slack" ? "user group" : "role"} ${groups.join(", ")}`]
      : []),
    ...(channels.length > 0 ? [`only in the channel ${channels.join(", ")}`] : []),
  ];
  return `Probing is not offered to you here: probes may be run ${rules.join(" and ")}. Someone who may can press Probe now; otherwise the questions alone lead to a diagnosis.`;
}

async function memberOfAny(
  actor: ProbeActor,
  groups: readonly string[],
  slackGroupMembers: ((usergroup: string) => Promise<readonly string[]>) | undefined,
): Promise<boolean> {
  if (actor.platform === "discord") return (actor.roles ?? []).some((role) => groups.includes(role));
  if (!slackGroupMembers) return false;
  for (const group of groups) {
    if ((await slackGroupMembers(group)).includes(actor.user)) return true;
  }
  return false;
}
