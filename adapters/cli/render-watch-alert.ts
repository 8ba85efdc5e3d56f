import { assertNever } from "../../src/engine/index.js";
import type { Fix } from "../../src/flow/flow-schema.js";
import { safeDisplayText } from "../../src/runtime/safe-display-text.js";
import type { WatchAlert } from "../../src/runtime/watch-alert.js";
import type { WatchTarget } from "../../src/state/watch.js";
import { renderFixText } from "./render-fix-text.js";
import { plainStyle } from "./terminal-style.js";

const meaningWords = {
  "nla-dropped": "NLA (CredSSP) is no longer selected",
  "nla-offered": "NLA (CredSSP) is selected again",
  "tls-only": "only TLS security is left",
  "rdp-only": "only standard RDP security is left (no TLS)",
} as const;

const list = (items: readonly string[]) => (items.length === 0 ? "none" : items.join(", "));

/**
 * One alert as terminal lines, for `rdp-fix watch run` (cron mails stdout). An expired or expiring certificate
 * carries the flow's fix, its commands on lines of their own, ready to copy. Server-supplied text is escaped.
 */
export function renderWatchAlert(target: WatchTarget, alert: WatchAlert, certificateFix?: Fix): string[] {
  const at = `${safeDisplayText(target.host)}:${target.port}`;
  const date = (iso: string) => iso.slice(0, 10);
  const fix = certificateFix ? renderFixText(certificateFix, "Fix", "  ", plainStyle) : [];
  switch (alert.kind) {
    case "cert-expiring":
      return alert.state === "raised"
        ? [
            `${at}: the RDP certificate expires on ${date(alert.notAfter)} (in ${alert.daysLeft} days).`,
            ...fix,
          ]
        : [`${at}: resolved: the RDP certificate no longer expires soon (valid to ${date(alert.notAfter)}).`];
    case "cert-expired":
      return alert.state === "raised"
        ? [`${at}: the RDP certificate expired on ${date(alert.notAfter)}: clients fail with 0x904.`, ...fix]
        : [`${at}: resolved: the RDP certificate is valid again (to ${date(alert.notAfter)}).`];
    case "port-closed":
      return [
        alert.state === "raised"
          ? `${at}: the RDP port is closed or unreachable.`
          : `${at}: resolved: the RDP port answers again.`,
      ];
    case "protocols-changed": {
      const meaning = alert.meaning.map((m) => meaningWords[m]).join("; ");
      return [
        `${at}: the security protocols selected changed from ${list(alert.before)} to ${list(alert.after)}${meaning ? `: ${meaning}` : ""}.`,
      ];
    }
    case "tls-versions-changed":
      return [`${at}: the TLS versions accepted changed from ${list(alert.before)} to ${list(alert.after)}.`];
    case "certificate-replaced":
      return [
        `${at}: the RDP certificate was replaced (thumbprint ${alert.before} -> ${alert.after}, valid to ${date(alert.notAfter)}).`,
      ];
    case "ntlm-identity-changed": {
      const who = (id: typeof alert.before) =>
        safeDisplayText([id.computer, id.domain].filter(Boolean).join(" / ") || "unnamed");
      return [
        `${at}: a different machine answers: it called itself ${who(alert.before)}, now ${who(alert.after)}.`,
      ];
    }
    default:
      return assertNever(alert);
  }
}
