/** Who asks for a probe, and from where: what "who may probe" is decided on. */
export interface ProbeActor {
  user: string;
  platform: "slack" | "discord" | "terminal";
  /** The channel the conversation lives in (a Discord thread's parent), when known. */
  channel?: string;
  /** Discord: the member's role ids, from the interaction. */
  roles?: readonly string[];
}
