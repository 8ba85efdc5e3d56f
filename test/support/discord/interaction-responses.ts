import type { FakeDiscordMessage, FakeDiscordMessageStore } from "./fake-discord-message-store.js";
import type { FakeInteraction, FakeInteractions } from "./fake-interactions.js";

/** What the bot did with one interaction: the callback (on `interaction`), the @original and follow-ups. */
export interface FakeInteractionResponses {
  interaction: FakeInteraction;
  /** The @original as it stands now, with its `history`; for a component it is the clicked message. */
  original: FakeDiscordMessage | undefined;
  followUps: FakeDiscordMessage[];
}

/** Throws for an interaction the fake never dispatched: a test bug, not a Discord answer. */
export function interactionResponsesOf(
  interactions: FakeInteractions,
  store: FakeDiscordMessageStore,
  interactionId: string,
): FakeInteractionResponses {
  const interaction = interactions.byId(interactionId);
  if (interaction === undefined)
    throw new Error(`interactionResponses: no interaction ${interactionId} was dispatched`);
  // Deleted messages too: a test may want to see that the bot deleted its reply.
  const byId = (id: string) => store.messages.find((m) => m.id === id);
  const original = interaction.originalId === undefined ? undefined : byId(interaction.originalId);
  const followUps = interaction.followUpIds.flatMap((id) => byId(id) ?? []);
  return { interaction, original, followUps };
}
