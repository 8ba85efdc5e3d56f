import type { ChatAction } from "../../src/runtime/chat-action.js";

/**
 * What a Discord button or string select asks for: the neutral chat action, encoded by custom-id-codec.ts
 * into a `custom_id` of at most 100 characters with the session id inside.
 */
export type DiscordAction = ChatAction;
