import { escapeMrkdwn } from "./escape-mrkdwn.js";

/**
 * "Check the server" in a Slack thread: how to run the read-only collector and what to paste back, then the
 * one-liner in a code block. Plain text rather than blocks: the line is several kilobytes, more than a section
 * holds, and well under a message's limit.
 */
export function renderSlackServerCheck(oneLiner: string): string {
  return [
    "*Check the server.* On the server, open *Windows PowerShell as administrator* and paste this one line.",
    "It only reads (the RDP certificate and its key permissions, the RDP-Tcp settings, Schannel, the firewall rules,",
    "event counts of the last 24 hours); it reports no user names and no secrets. It prints one line starting with",
    "`RDPFIX1:`. *Paste that line here, as a reply in this thread*, and I will re-rank the causes with it.",
    // Slack shows the entities as the characters again inside code blocks, so the copied line is exact.
    `\`\`\`${escapeMrkdwn(oneLiner)}\`\`\``,
  ].join("\n");
}
