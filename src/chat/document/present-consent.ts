import type { Reply } from "../../engine/index.js";
import { plain, strong } from "./inline.js";
import type { ReplyDocument } from "./reply-document.js";

type ConsentReply = Extract<Reply, { kind: "consent" }>;

/** Asks before any packet is sent: what will be probed, and "Probe now" / "Skip probes". */
export function presentConsent(consent: ConsentReply): ReplyDocument {
  const target = `${consent.host} port ${consent.port}`;
  return {
    summary: [plain(`May I probe ${target}?`)],
    blocks: [
      { type: "heading", text: [strong(`May I probe ${target}?`)], tone: "ask" },
      { type: "paragraph", text: [plain("This sends a few connections from the machine rdp-fix runs on:")] },
      { type: "list", items: consent.probes.map((p) => [plain(p)]) },
      {
        type: "actions",
        items: [
          { type: "button", label: "Probe now", action: { kind: "consent", allow: true }, style: "primary" },
          { type: "button", label: "Skip probes", action: { kind: "consent", allow: false } },
        ],
      },
    ],
  };
}
