import type { FakeInteraction } from "./fake-interactions.js";
import type { FakeDiscordState } from "./route-request.js";

/** Expired by the test (`expireInteractionToken`) or by age, like Discord's 15-minute token lifetime. */
export function interactionTokenExpired(interaction: FakeInteraction, state: FakeDiscordState): boolean {
  return interaction.expired || Date.now() - interaction.dispatchedAt > state.tokenLifetimeMs;
}
