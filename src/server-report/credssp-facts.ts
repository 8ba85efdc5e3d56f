import type { ServerFact } from "./server-fact.js";
import type { ServerReport } from "./server-report-schema.js";

/**
 * The first tspkg.dll with the CredSSP fix (CVE-2018-0886, May 2018) per build, as Microsoft lists them; builds
 * from 17763 (Server 2019) on shipped after the fix. Other builds are not listed, so they say nothing.
 */
const firstPatched: Record<number, string> = {
  7601: "6.1.7601.24117",
  9600: "6.3.9600.18999",
  14393: "10.0.14393.2248",
};
const shippedPatched = 17763;

export function credsspFacts(report: ServerReport): ServerFact[] {
  const { build, tspkgVersion } = report.computer;
  if (build === null) return [];
  const patched =
    build >= shippedPatched
      ? true
      : firstPatched[build] !== undefined && tspkgVersion !== null
        ? compareVersions(tspkgVersion, firstPatched[build]) >= 0
        : undefined;
  if (patched === undefined) return [];
  if (!patched)
    return [
      {
        id: "server.credssp-unpatched",
        detail: `tspkg.dll ${tspkgVersion} predates the CredSSP update (${firstPatched[build]}): updated clients refuse this server`,
      },
    ];
  if (report.schannel.allowEncryptionOracle === 0)
    return [
      {
        id: "server.credssp-force-updated",
        detail:
          "CredSSP is patched and AllowEncryptionOracle is 0 (Force Updated Clients): unpatched clients are refused",
      },
    ];
  return [{ id: "server.credssp-patched", detail: "CredSSP on the server has the 2018 update" }];
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
