import type { Outbound, OutboundContext } from "../runtime/outbound.js";

/** The chat core reaches probe steps only through what the runtime sends. */
type ProbeStep = Extract<Outbound, { kind: "probe-progress" }>["step"];

/** What one post came to: delivery problems are values, the sender decides what the user is told. */
export type PostOutcome =
  | { posted: true; id?: string; retried?: boolean }
  /** `tooLong`: refused for its size, which a shorter rendering can mend; retrying the same one cannot. */
  | { posted: false; error: unknown; tooLong?: boolean };

/**
 * The little a platform does for the shared sender (thread-sender.ts): turn replies into its own payloads
 * (presented, fitted and converted) and post or edit them in one conversation.
 */
export interface ThreadPort<M> {
  /** Every reply as the messages that show it, in order; `shorter` after the platform refused one as too long. */
  render(message: Outbound, context: OutboundContext, shorter?: boolean): M[];
  /** Live probe progress as the one message edited in place. */
  renderProgress(host: string, steps: readonly ProbeStep[]): M;
  /** A warning note; with `resumeSession`, it carries a Resume button for that session. */
  renderNote(text: string, resumeSession?: string): M;
  post(message: M): Promise<PostOutcome>;
  /** Edits a posted message; a failure is the port's to absorb or throw, as its SDK does. */
  update(id: string, message: M): Promise<void>;
  /** Told after a post that only got through on a retry; absent where the SDK retries without saying. */
  retriedNote?: string;
}
