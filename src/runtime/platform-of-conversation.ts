/**
 * The platform a conversation belongs to: keys start with the registered name of their platform and a colon
 * (`<name>:...`, stored as they are); a key without one is the terminal's.
 */
export function platformOfConversation(conversation: string): string {
  const colon = conversation.indexOf(":");
  return colon > 0 ? conversation.slice(0, colon) : "terminal";
}
