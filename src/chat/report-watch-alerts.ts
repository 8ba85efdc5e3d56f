import type { Logger } from "pino";
import type { Flow } from "../flow/flow-schema.js";
import { reportToKey } from "../runtime/report-to-key.js";
import type { WatchCheckOutcome } from "../runtime/run-due-watches.js";
import { certificateFixOf, presentWatchAlert } from "./document/present-watch-alert.js";
import type { ReplyDocument } from "./document/reply-document.js";

/** Where alerts can be posted: the chat service's conversations, by their keys. */
export interface AlertDestination {
  postDocument(conversation: string, document: ReplyDocument): Promise<boolean>;
}

/**
 * A round of watch checks as its owners read it: each alert posted to the conversation its watch reports to
 * (the key `platform:conversation`), one message per alert. An alert with nowhere to go, or one the platform
 * would not take, is logged with its words, so it is never lost silently; a refused check is logged too.
 */
export function reportWatchAlerts(chat: AlertDestination, flow: Flow, logger: Logger) {
  const certificateFix = certificateFixOf(flow);
  return async (outcomes: WatchCheckOutcome[]): Promise<void> => {
    for (const outcome of outcomes) {
      const { watch } = outcome;
      const target = { host: watch.host, port: watch.port };
      if (outcome.kind === "refused")
        logger.warn({ ...target, reason: outcome.message }, "watch check refused");
      if (outcome.kind === "limited")
        logger.info({ ...target, reason: outcome.message }, "watch check held back by a probe limit");
      if (outcome.kind !== "checked") continue;
      for (const alert of outcome.alerts) {
        const document = presentWatchAlert(target, alert, certificateFix);
        const to = watch.reportTo && reportToKey(watch.reportTo);
        // The check is recorded already: an alert the platform threw on is logged, not lost with the round.
        const posted =
          to !== undefined &&
          (await chat.postDocument(to, document).catch((error: unknown) => {
            logger.warn({ err: error, reportTo: to }, "posting a watch alert failed");
            return false;
          }));
        if (!posted)
          logger.warn(
            { ...target, alert, reportTo: to ?? null },
            "watch alert not posted to chat; logged here",
          );
      }
    }
  };
}
