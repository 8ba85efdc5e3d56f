import type { APIMessage } from "discord.js";

export interface FakeCallback {
  /** InteractionResponseType: 4 reply, 5 defer, 6 deferUpdate, 7 update, 8 autocomplete, 9 modal. */
  type: number;
  data: Record<string, unknown> | undefined;
  at: number;
}

/** An interaction the fake dispatched, and what the bot has done with it so far. */
export interface FakeInteraction {
  id: string;
  token: string;
  applicationId: string;
  /** InteractionType: 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  channelId: string;
  guildId: string | undefined;
  /** The message a clicked component sat on: its @original after a deferUpdate or update. */
  componentMessage: APIMessage | undefined;
  dispatchedAt: number;
  /** Set by `expireInteractionToken`; the token also dies on its own after the fake's token lifetime. */
  expired: boolean;
  /** The accepted callback (Discord allows one per interaction); rejected ones are only in `fake.calls`. */
  callback: FakeCallback | undefined;
  originalId: string | undefined;
  followUpIds: string[];
}

export interface FakeInteractions {
  readonly all: readonly FakeInteraction[];
  /** Remembers an INTERACTION_CREATE `d` the fake is about to dispatch. */
  register(d: object): FakeInteraction;
  byId(id: string): FakeInteraction | undefined;
  byToken(token: string): FakeInteraction | undefined;
}

export function createFakeInteractions(): FakeInteractions {
  const all: FakeInteraction[] = [];
  return {
    all,
    register(d) {
      const payload = d as Record<string, unknown>;
      const channel = payload.channel as { id?: unknown } | undefined;
      const interaction: FakeInteraction = {
        id: String(payload.id),
        token: String(payload.token),
        applicationId: String(payload.application_id),
        type: Number(payload.type),
        channelId: String(payload.channel_id ?? channel?.id),
        guildId: typeof payload.guild_id === "string" ? payload.guild_id : undefined,
        componentMessage: payload.message as APIMessage | undefined,
        dispatchedAt: Date.now(),
        expired: false,
        callback: undefined,
        originalId: undefined,
        followUpIds: [],
      };
      all.push(interaction);
      return interaction;
    },
    byId: (id) => all.find((i) => i.id === id),
    byToken: (token) => all.find((i) => i.token === token),
  };
}
