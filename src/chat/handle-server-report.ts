import { parseServerReport } from "../server-report/parse-server-report.js";
import { serverReportEvent } from "../server-report/server-report-event.js";
import type { ChatService } from "./chat-service.js";
import type { ProbeActor } from "./probe-actor.js";

/** What differs between platforms when a server report is pasted; the flow itself is handleServerReport's. */
export interface ServerReportPort {
  /** The diagnosis the report is for; undefined when none is running there. */
  conversation: string | undefined;
  /** Told when no diagnosis is running; absent, a report line outside a diagnosis is left alone. */
  staleNote?: string;
  /** A channel key to remember the conversation in as the latest before stepping it. */
  rememberIn?: string;
  tell(note: string): Promise<void>;
}

/** A pasted server report (the collector's RDPFIX1 line or its JSON) read into the diagnosis it belongs to. */
export async function handleServerReport(
  chat: ChatService,
  report: { text: string; actor: ProbeActor },
  port: ServerReportPort,
): Promise<void> {
  const { conversation } = port;
  if (conversation === undefined) {
    if (port.staleNote !== undefined) await port.tell(port.staleNote);
    return;
  }
  const parsed = parseServerReport(report.text);
  if (!parsed.ok) return port.tell(`I could not read that server report: ${parsed.problem.message}`);
  if (port.rememberIn !== undefined) await chat.rememberLatest(port.rememberIn, conversation);
  await chat.dispatch(conversation, serverReportEvent(parsed.report, report.actor.user), report.actor);
}
