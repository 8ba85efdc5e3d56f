import { describe, expect, it } from "vitest";
import { channelAndGroupRule } from "../../src/chat/channel-and-group-rule.js";
import type { ProbeActor } from "../../src/chat/probe-actor.js";
import { permissionProblem } from "../../src/chat/probe-permission.js";

/** Membership as a platform would know it: here, the actor's roles. */
const byRoles = async (actor: ProbeActor, groups: readonly string[]) =>
  (actor.roles ?? []).some((role) => groups.includes(role));
const alice = (channel: string, roles: string[] = []): ProbeActor => ({
  user: "alice",
  platform: "chat",
  channel,
  roles,
});

describe("channelAndGroupRule: who may probe, as an adapter declares it", () => {
  it("GIVEN both lists empty THEN anyone anywhere may", async () => {
    const rule = channelAndGroupRule({ channels: [], groups: [] }, "team", byRoles);
    expect(await rule(alice("C9"))).toEqual({ kind: "allowed" });
  });

  it("GIVEN a channel list and a group list THEN both must hold, and a refusal names both rules in the platform's words", async () => {
    const rule = channelAndGroupRule({ channels: ["C1"], groups: ["G1"] }, "team", byRoles);
    expect(await rule(alice("C1", ["G1"]))).toEqual({ kind: "allowed" });
    const refused = await rule(alice("C9", ["G1"]));
    expect(refused).toEqual({
      kind: "refused",
      rules: ["only by members of the team G1", "only in the channel C1"],
    });
    expect(await permissionProblem(alice("C1"), rule)).toBe(
      "Probing is not offered to you here: probes may be run only by members of the team G1 and only in the channel C1. Someone who may can press Probe now; otherwise the questions alone lead to a diagnosis.",
    );
  });

  it("GIVEN no rule registered (the terminal) THEN nobody is restricted", async () => {
    expect(await permissionProblem({ user: "me", platform: "terminal" }, undefined)).toBeUndefined();
  });
});
