import type { ChatPlatform } from "./create-logger.js";

/** Conversation keys start with their platform (`slack:...`, `discord:...`); anything else is the terminal. */
export function platformOfConversation(conversation: string): ChatPlatform {
  if (conversation.startsWith("slack:")) return "slack";
  if (conversation.startsWith("discord:")) return "discord";
  return "terminal";
}
