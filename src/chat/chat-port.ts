import type { ChatCommand } from "./chat-command.js";
import type { PresenterContext } from "./document/presenter-context.js";
import type { ReplyDocument } from "./document/reply-document.js";
import type { ProbeActor } from "./probe-actor.js";
import type { DeliveryAttempt } from "./retry-delivery.js";

/** A diagnosis's home: its conversation key, and the channel keys a later handoff finds it under. */
export interface ConversationHome {
  conversation: string;
  channels: readonly string[];
}

/**
 * What one chat platform does for the shared use cases (chat-work-handlers.ts): everything that is "talk to
 * this SDK". `P` is the platform's own part of a queued work payload (its JSON: channel, thread, reply
 * token ...), `M` one message in its payload format. Every method gets the whole payload, so it reads the
 * fields it put there.
 */
export interface ChatPort<P, M> {
  /** The registered platform name: its work kinds are `${name}:command`, `${name}:click` ... */
  readonly name: string;
  /** Its command syntax and how much its buttons and menus hold, for the one presenter. */
  readonly presenter: PresenterContext;
  /** What a bare mention or `help` answers. */
  readonly helpText: string;
  /** Said where a "Paste the report" button was pressed; absent where the platform opened a form already. */
  readonly pasteReportPrompt?: string;
  /** Who did it, for the probe gate (the channel a thread hangs off, the roles the payload carries). */
  actor(work: P & { user: string }): ProbeActor;
  /** A mention's words as the request, read with the shared grammar; absent where nobody can mention the bot. */
  readCommand?(text: string): ChatCommand;
  /** A pasted report as the person typed it, where the platform escapes message text. */
  reportText?(text: string): string;
  /**
   * The message a command's conversation hangs off (retried by postFirstMessage); resolves with its id.
   * `headline`: what it says after the person's mention, in the presenter's words (a diagnosis, a watch).
   */
  postRoot(work: P & { user: string }, headline: string): DeliveryAttempt<string | undefined>;
  /** The conversation that runs under a posted root (a thread on it, or the channel itself). */
  openConversation(work: P, rootId: string, host: string): Promise<ConversationHome>;
  /** The thread the payload names, where the platform says (Slack); undefined where found by session. */
  threadOf(work: P): ConversationHome | undefined;
  /** The conversation a triage offer's "Diagnose it" starts, next to the offer. */
  triageHome(work: P): ConversationHome;
  /** The key the latest diagnosis of the channel is remembered under, for a handoff. */
  channelKey(work: P): string;
  /** The command's own reply (a response URL, an interaction's deferred reply): works when posting does not. */
  answerCommand(work: P, text: string): DeliveryAttempt<void>;
  /** Said where the person acted (the thread, or a note only they see): notes about a paste, help, gave up. */
  say(work: P, text: string): Promise<void>;
  /** Told to the person alone (a stale click). */
  tellPrivately(work: P & { user: string }, text: string): Promise<void>;
  /** Before a handoff is stepped, where the platform answers the command with where it happens. */
  announceHandoff?(work: P, conversation: string): Promise<void>;
  /** "Check the server": posts the presenter's document handing out the collector, converted the platform's way. */
  sendCollector(work: P, document: ReplyDocument, sessionId: string): Promise<void>;
  /** The words of the post a triage offer answered: read like a command's text ("" when none). */
  readStarterText(work: P): Promise<string>;
  /** A reply document as this platform's first message of it (the triage offer is always one). */
  render(document: ReplyDocument): M;
  /** Posts the triage offer under the message that read like an RDP failure. */
  postOffer(work: P, offer: M): Promise<void>;
  /** Called when a command's first message is lost for good, where the platform counts that itself. */
  onRootLost?(): void;
}
