import { assertNever } from "../../engine/index.js";
import type { Fix, Flow } from "../../flow/flow-schema.js";
import type { WatchAlert } from "../../runtime/watch-alert.js";
import type { WatchTarget } from "../../state/watch.js";
import { code, plain, strong } from "./inline.js";
import { presentFix } from "./present-fix.js";
import type { DocumentBlock, Inline, ReplyDocument } from "./reply-document.js";

const meaningWords = {
  "nla-dropped": "NLA (CredSSP) is no longer selected",
  "nla-offered": "NLA (CredSSP) is selected again",
  "tls-only": "only TLS security is left",
  "rdp-only": "only standard RDP security is left (no TLS)",
} as const;

const list = (items: readonly string[]) => (items.length === 0 ? "none" : items.join(", "));
const day = (iso: string) => iso.slice(0, 10);

/** The fix an alert about the certificate carries: the flow's first fix for an expired certificate. */
export function certificateFixOf(flow: Flow): Fix | undefined {
  return flow.causes.find((cause) => cause.id === "cert-expired")?.fixes[0];
}

/**
 * One watch alert as a reply, for every place it is read (a chat thread, the terminal of `watch run`). A
 * certificate that expires or expired carries `certificateFix` (other alerts leave it out), commands ready
 * to copy. A problem that holds offers "Diagnose now", which starts an ordinary diagnosis of the host where
 * the alert was posted.
 */
export function presentWatchAlert(
  target: WatchTarget,
  alert: WatchAlert,
  certificateFix?: Fix,
): ReplyDocument {
  const line = [strong(`${target.host}:${target.port}`), plain(": "), ...alertWords(alert)];
  const certificate = alert.kind === "cert-expiring" || alert.kind === "cert-expired";
  const raised = !("state" in alert) || alert.state === "raised";
  const fix = certificate && raised && certificateFix ? presentFix(certificateFix, "Fix") : [];
  const diagnose: DocumentBlock[] = raised
    ? [
        {
          type: "actions",
          items: [
            {
              type: "button",
              label: "Diagnose now",
              // The triage start reads the host again as a typed host would be; the port stays the default.
              action: { kind: "start-from-triage", host: target.host },
              style: "primary",
            },
          ],
        },
      ]
    : [];
  return { summary: line, blocks: [{ type: "paragraph", text: line }, ...fix, ...diagnose] };
}

function alertWords(alert: WatchAlert): Inline[] {
  switch (alert.kind) {
    case "cert-expiring":
      return alert.state === "raised"
        ? [plain(`the RDP certificate expires on ${day(alert.notAfter)} (in ${alert.daysLeft} days).`)]
        : [plain(`resolved: the RDP certificate no longer expires soon (valid to ${day(alert.notAfter)}).`)];
    case "cert-expired":
      return alert.state === "raised"
        ? [plain(`the RDP certificate expired on ${day(alert.notAfter)}: clients fail with 0x904.`)]
        : [plain(`resolved: the RDP certificate is valid again (to ${day(alert.notAfter)}).`)];
    case "port-closed":
      return [
        plain(
          alert.state === "raised"
            ? "the RDP port is closed or unreachable."
            : "resolved: the RDP port answers again.",
        ),
      ];
    case "protocols-changed": {
      const meaning = alert.meaning.map((m) => meaningWords[m]).join("; ");
      return [
        plain(
          `the security protocols selected changed from ${list(alert.before)} to ${list(alert.after)}${meaning ? `: ${meaning}` : ""}.`,
        ),
      ];
    }
    case "tls-versions-changed":
      return [plain(`the TLS versions accepted changed from ${list(alert.before)} to ${list(alert.after)}.`)];
    case "certificate-replaced":
      return [
        plain("the RDP certificate was replaced (thumbprint "),
        code(alert.before),
        plain(" -> "),
        code(alert.after),
        plain(`, valid to ${day(alert.notAfter)}).`),
      ];
    case "ntlm-identity-changed": {
      const who = (id: typeof alert.before) =>
        [id.computer, id.domain].filter(Boolean).join(" / ") || "unnamed";
      return [
        plain(`a different machine answers: it called itself ${who(alert.before)}, now ${who(alert.after)}.`),
      ];
    }
    default:
      return assertNever(alert);
  }
}
