import { commandFor } from "../command-for.js";
import { plain } from "./inline.js";
import type { PresenterContext } from "./presenter-context.js";
import { prose } from "./prose.js";
import type { DocumentBlock, ReplyDocument } from "./reply-document.js";

const intro =
  "This looks like a Remote Desktop connection failure. I can find out why: I ask a few questions and, with your OK, probe the host.";

/**
 * The one offer triage makes under a message that reads like an RDP failure: a button that diagnoses the
 * host the message names, and the platform's own command to type (the only way when no host was named, or
 * when a platform cannot carry the host in a button).
 */
export function presentTriageOffer(
  matched: readonly string[],
  host: string | undefined,
  platform: PresenterContext,
): ReplyDocument {
  const command = commandFor(platform.commandSyntax, host ?? "host42");
  const blocks: DocumentBlock[] = [{ type: "paragraph", text: [plain(intro)] }];
  if (host !== undefined)
    blocks.push({
      type: "actions",
      items: [
        {
          type: "button",
          label: `Diagnose ${host}`,
          action: { kind: "start-from-triage", host },
          style: "primary",
        },
      ],
    });
  blocks.push(
    {
      type: "note",
      text: prose(`${host === undefined ? "Which host is it? " : ""}Run \`${command}\` to start.`),
    },
    { type: "note", text: [plain(`Matched: ${matched.slice(0, 3).join(", ")}`)] },
  );
  return { summary: [plain(host === undefined ? intro : `${intro} Diagnose ${host}?`)], blocks };
}
