/** What `/rdp-fix help` (or a bare mention) answers. */
export const slackHelpText = [
  "*rdp-fix* finds out why Remote Desktop refuses to connect (0x904 / extended 0x7 and family).",
  "• `/rdp-fix host42 [what the user saw]` starts a diagnosis in a thread: a few questions, probes with your OK, ranked causes with exact fixes.",
  "• `/rdp-fix host42 --port 3390` for a listener on another port.",
  "• `/rdp-fix handoff @person` posts the whole diagnosis for whoever takes over; anyone in the thread can continue it.",
  "• `/rdp-fix watch host42 [every 6h]` warns in a thread before its certificate expires and when what it offers changes; `/rdp-fix watch list`, `/rdp-fix unwatch host42`.",
  "• Mention me with a host in any channel to start there.",
].join("\n");
