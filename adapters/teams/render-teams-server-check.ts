import { safeDisplayLines } from "../../src/runtime/safe-display-text.js";
import { cardActivity, type TeamsActivity } from "./adaptive-card-element.js";
import { reportForm } from "./teams-card-actions.js";
import { teamsLimits } from "./teams-limits.js";

/**
 * "Check the server" in Teams: how to run the read-only collector and what to paste back, the one-liner as a
 * TextRun, which Teams shows verbatim (a TextBlock would read its `*` and `_` as markdown), and the box the
 * report is pasted into, sent with Action.Execute. At about 8 KB the one-liner is over a code block's share
 * of a reply but well under an activity's 27,000 bytes.
 */
export function renderTeamsServerCheck(oneLiner: string, sessionId: string): TeamsActivity {
  const steps =
    "**Check the server.** On the server, open **Windows PowerShell as administrator** and paste this one " +
    "line. It only reads (the RDP certificate and its key permissions, the RDP-Tcp settings, Schannel, the " +
    "firewall rules, event counts of the last 24 hours); it reports no user names and no secrets. It prints " +
    "one line starting with `RDPFIX1:`: paste it into the box below, or as a reply here.";
  const form = reportForm(
    {
      type: "form",
      title: "Send the report",
      label: "The RDPFIX1: line the collector printed",
      maxLength: teamsLimits.reportInput,
      open: { type: "button", label: "Paste the report", action: { kind: "paste-server-report" } },
      prompt: [],
    },
    sessionId,
    new Set(),
  );
  return cardActivity(
    [
      { type: "TextBlock", text: steps, wrap: true },
      {
        type: "RichTextBlock",
        inlines: [{ type: "TextRun", text: safeDisplayLines(oneLiner), fontType: "Monospace" }],
      },
      ...form,
    ],
    "Check the server: run the collector one-liner and paste its RDPFIX1: line back.",
  );
}
