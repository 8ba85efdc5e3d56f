import type { ChatAction } from "../runtime/chat-action.js";
import { chatActionToEvent } from "../runtime/chat-action-event.js";
import { findHostInputProblem } from "../runtime/validate-target-input.js";
import type { ChatService } from "./chat-service.js";
import type { ProbeActor } from "./probe-actor.js";

/** A decoded click: who pressed which action of which session. */
export interface Click {
  sessionId: string;
  action: ChatAction;
  actor: ProbeActor;
}

/** What differs between platforms when a button is pressed; the flow itself is handleClick's. */
export interface ClickPort {
  /** The conversation the button sits in, where the platform says so; found by session id otherwise. */
  conversation?: string;
  /** A channel key to remember the conversation in as the latest before stepping it. */
  rememberIn?: string;
  /** Told to the person alone when the button belongs to a diagnosis that is no longer running. */
  staleNote: string;
  tellClicker(note: string): Promise<void>;
  /** "Diagnose it" on a triage offer, for a host already checked. */
  startFromTriage(host: string): Promise<void>;
  /** "Check the server": hands out the collector, as a file or as a one-liner. */
  checkServer(): Promise<void>;
  /** "Paste the report": where a platform has no form of its own to open, or opened it already. */
  pasteReport(): Promise<void>;
}

/** One click from any platform: host check, stale click, check the server, paste, or a step of the diagnosis. */
export async function handleClick(chat: ChatService, click: Click, port: ClickPort): Promise<void> {
  const { action, actor } = click;
  if (action.kind === "start-from-triage") {
    if (findHostInputProblem(action.host) !== undefined) return;
    return port.startFromTriage(action.host);
  }
  const target = await chat.clickTarget(click.sessionId, port.conversation);
  if (target.kind === "stale") return port.tellClicker(port.staleNote);
  if (action.kind === "check-server") return port.checkServer();
  if (action.kind === "paste-server-report") return port.pasteReport();
  if (port.rememberIn !== undefined) await chat.rememberLatest(port.rememberIn, target.conversation);
  await chat.dispatch(target.conversation, chatActionToEvent(action, actor.user), actor);
}
