import { plain } from "./document/inline.js";
import { presentProbeProgress } from "./document/present-probe-progress.js";
import { presentReply } from "./document/present-reply.js";
import type { PresenterContext } from "./document/presenter-context.js";
import type { ReplyDocument } from "./document/reply-document.js";
import type { ThreadPort } from "./thread-port.js";

/**
 * A document as one platform's messages, each inside its limits (the shared fitting pass, measured by its
 * converter); `shorter` after the platform refused a fitted message as too long anyway.
 */
export type FitDocument<M> = (
  document: ReplyDocument,
  sessionId: string | undefined,
  shorter?: boolean,
) => M[];

/** What is left of a ThreadPort once presenting and fitting are shared: posting and editing in one conversation. */
export type ThreadDelivery<M> = Pick<ThreadPort<M>, "post" | "update" | "retriedNote">;

/** The part of a ThreadPort that shows things: everything but posting and editing. */
export type ThreadRenderer<M> = Omit<ThreadPort<M>, keyof ThreadDelivery<M>>;

/** A platform's ThreadPort from its fitting and its delivery. */
export function fittedThreadPort<M>(
  presenter: PresenterContext,
  fit: FitDocument<M>,
  delivery: ThreadDelivery<M>,
): ThreadPort<M> {
  return { ...delivery, ...fittedRenderer(presenter, fit) };
}

/**
 * Replies, live progress and the warning note (with Resume) presented once for every platform, so they read
 * the same everywhere, then fitted and converted by the platform's `fit`.
 */
export function fittedRenderer<M>(presenter: PresenterContext, fit: FitDocument<M>): ThreadRenderer<M> {
  /** Progress and notes are one message each: the fitting pass keeps the newest steps rather than splitting. */
  const one = (document: ReplyDocument, sessionId?: string): M => {
    const [message] = fit(document, sessionId);
    if (message === undefined) throw new Error("the fitting pass returned no message");
    return message;
  };
  return {
    render: (message, context, shorter) => fit(presentReply(message, presenter), context.sessionId, shorter),
    renderProgress: (host, steps) => one(presentProbeProgress(host, steps)),
    renderNote: (text, resumeSession) =>
      one(
        {
          summary: [plain(text)],
          blocks: [
            { type: "note", text: [plain(`⚠️ ${text}`)] },
            ...(resumeSession === undefined
              ? []
              : [
                  {
                    type: "actions" as const,
                    items: [
                      { type: "button" as const, label: "Resume", action: { kind: "resume" as const } },
                    ],
                  },
                ]),
          ],
        },
        resumeSession,
      ),
  };
}
