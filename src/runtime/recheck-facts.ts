import type { ObservedFinding } from "../engine/index.js";
import type { CertificateFacts } from "../probes/certificate-facts.js";
import type { ProbeReport, ProbeStep } from "../probes/probe-report.js";

/**
 * What a re-check after a fix compares besides the findings: facts that weigh nothing on their own but show
 * what a fix changed. The certificate the listener presents (dates and the SHA-1 thumbprint certlm.msc
 * shows), the TLS versions accepted and what the security negotiation selected, one per address.
 */
export function recheckFacts(report: ProbeReport): ObservedFinding[] {
  const at = report.startedAt;
  return report.steps.flatMap((step): ObservedFinding[] => {
    const fact = (id: string, detail: string) => [{ id, detail, at, ...address(step) }];
    if (step.step === "certificate" && step.data) {
      const c = step.data as unknown as CertificateFacts;
      const valid = `valid ${c.notBefore.slice(0, 10)} to ${c.notAfter.slice(0, 10)}`;
      return fact("probe.certificate", `${c.subject}, ${valid}, thumbprint ${c.thumbprintSha1}`);
    }
    if (step.step === "tls" && step.data?.sweep === "versions")
      return fact("probe.tls-versions", step.summary);
    if (step.step === "x224") return fact("probe.negotiation", step.summary);
    return [];
  });
}

function address(step: ProbeStep): { address?: string } {
  return step.address === undefined ? {} : { address: step.address };
}
