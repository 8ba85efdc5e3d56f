import type { ChatAction } from "../../runtime/chat-action.js";
import { parseProbeTarget } from "../../runtime/parse-probe-target.js";

/**
 * The triage offer's click: the host was read when the offer was made, but a click can be forged, so it is
 * read again as a typed host would be. No session exists yet, so the session id is "".
 */
export function triageAction(
  host: string,
): { action: Extract<ChatAction, { kind: "start-from-triage" }>; sessionId: "" } | { error: string } {
  const target = parseProbeTarget({ host });
  return target.ok
    ? { action: { kind: "start-from-triage", host: target.host }, sessionId: "" }
    : { error: `the triage button carries no usable host: ${target.problem}` };
}
