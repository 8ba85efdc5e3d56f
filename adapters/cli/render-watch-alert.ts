import { presentWatchAlert } from "../../src/chat/document/present-watch-alert.js";
import type { Fix } from "../../src/flow/flow-schema.js";
import type { WatchAlert } from "../../src/runtime/watch-alert.js";
import type { WatchTarget } from "../../src/state/watch.js";
import { documentToText } from "./document-to-text.js";
import { plainStyle } from "./terminal-style.js";

/**
 * One alert as terminal lines, for `rdp-fix watch run` (cron mails stdout): the shared presenter's words, its
 * commands on lines of their own, ready to copy. Server-supplied text is escaped by the text converter.
 */
export function renderWatchAlert(target: WatchTarget, alert: WatchAlert, certificateFix?: Fix): string[] {
  return documentToText(presentWatchAlert(target, alert, certificateFix), plainStyle).split("\n");
}
