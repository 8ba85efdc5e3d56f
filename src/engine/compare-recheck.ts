import type { Flow } from "../flow/flow-schema.js";
import type { ObservedFinding } from "./observed-finding.js";
import type { RecheckRow, RecheckVerdict } from "./recheck.js";

/** Reachability is worth a row whenever it came or went, whatever cause the fix was for. */
const alwaysCompared = /^tcp\./;

/** The facts a probe run reports beside its findings (runtime/recheck-facts.ts), in words. */
const factExplanations: Record<string, string> = {
  "probe.certificate": "The certificate the listener presents: subject, validity and SHA-1 thumbprint.",
  "probe.tls-versions": "The TLS versions the server accepted.",
  "probe.negotiation": "What the server selected in the RDP security negotiation.",
};

/**
 * Before against after for what the fix should change: every finding the flow weighs for or against the
 * cause, reachability when it came or went, and the probe run's facts (certificate, TLS versions,
 * negotiation). The verdict rests on the findings that pointed at the
 * cause.
 */
export function compareRecheck(
  flow: Flow,
  causeId: string,
  before: ObservedFinding[],
  after: ObservedFinding[],
  facts: { before: ObservedFinding[]; after: ObservedFinding[] } = { before: [], after: [] },
): { verdict: RecheckVerdict; rows: RecheckRow[] } {
  const findingEvidence = (id: string) => flow.findings.find((f) => f.id === id)?.evidence ?? {};
  const weight = (id: string) => findingEvidence(id)[causeId] ?? 0;
  const detail = (findings: ObservedFinding[], id: string) => {
    const seen = findings.filter((f) => f.id === id);
    if (seen.length === 0) return undefined;
    return [...new Set(seen.map((f) => f.detail ?? "seen"))].join("; ");
  };
  const ids = [...new Set([...before, ...after].map((f) => f.id))];
  const rows: RecheckRow[] = [];
  for (const id of ids) {
    const was = detail(before, id);
    const now = detail(after, id);
    const cameOrWent = (was === undefined) !== (now === undefined);
    if (weight(id) === 0 && !(alwaysCompared.test(id) && cameOrWent)) continue;
    const explanation = flow.findings.find((f) => f.id === id)?.explanation ?? id;
    rows.push({
      findingId: id,
      explanation,
      ...(was === undefined ? {} : { before: was }),
      ...(now === undefined ? {} : { after: now }),
    });
  }

  // The certificate always gets its row (a renewed one shows new dates and thumbprint, an unchanged one says
  // the fix did not reach it); the other facts only when they changed.
  for (const id of [...new Set([...facts.before, ...facts.after].map((f) => f.id))]) {
    const was = detail(facts.before, id);
    const now = detail(facts.after, id);
    if (id !== "probe.certificate" && was === now) continue;
    rows.push({
      findingId: id,
      explanation: factExplanations[id] ?? id,
      ...(was === undefined ? {} : { before: was }),
      ...(now === undefined ? {} : { after: now }),
    });
  }

  const pointing = (findings: ObservedFinding[]) =>
    new Set(findings.filter((f) => weight(f.id) > 0).map((f) => f.id));
  const was = pointing(before);
  const now = pointing(after);
  // A server that went down (or broke some other way) also stops showing the old fault: that is no proof.
  const seenBefore = new Set(before.map((f) => f.id));
  const newTrouble = after.some(
    (f) => !seenBefore.has(f.id) && Object.values(findingEvidence(f.id)).some((bits) => bits > 0),
  );
  let verdict: RecheckVerdict;
  if (was.size === 0) verdict = "not-visible";
  else if (now.size === 0) verdict = newTrouble ? "changed" : "fixed";
  // By id, not by detail: a detail such as a latency or "N days ago" moves between any two runs.
  else verdict = was.size === now.size && [...was].every((id) => now.has(id)) ? "unchanged" : "changed";
  return { verdict, rows };
}
