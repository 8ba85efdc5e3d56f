import { safeDisplayLines } from "../../src/runtime/safe-display-text.js";
import type { AdaptiveCard, TeamsActivity } from "./adaptive-card-element.js";

/**
 * "Check the server" in Teams: how to run the read-only collector and what to paste back, then the one-liner
 * as a TextRun, which Teams shows verbatim (a TextBlock would read its `*` and `_` as markdown). At about
 * 8 KB it is over a code block's share of a reply but well under an activity's 27,000 bytes.
 */
export function renderTeamsServerCheck(oneLiner: string): TeamsActivity {
  const steps =
    "**Check the server.** On the server, open **Windows PowerShell as administrator** and paste this one " +
    "line. It only reads (the RDP certificate and its key permissions, the RDP-Tcp settings, Schannel, the " +
    "firewall rules, event counts of the last 24 hours); it reports no user names and no secrets. It prints " +
    "one line starting with `RDPFIX1:`: paste it into **Paste the report** on the diagnosis card, or as a reply here.";
  const content: AdaptiveCard = {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    fallbackText: "Check the server: run the collector one-liner and paste its RDPFIX1: line back.",
    body: [
      { type: "TextBlock", text: steps, wrap: true },
      {
        type: "RichTextBlock",
        inlines: [{ type: "TextRun", text: safeDisplayLines(oneLiner), fontType: "Monospace" }],
      },
    ],
  };
  return {
    type: "message",
    attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content }],
  };
}
