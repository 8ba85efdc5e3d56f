import type { ServerFact } from "./server-fact.js";
import type { ServerReport } from "./server-report-schema.js";

const versions = ["TLS 1.0", "TLS 1.1", "TLS 1.2", "TLS 1.3"] as const;
type Version = (typeof versions)[number];

/**
 * Which TLS versions the server side of Schannel offers: the SCHANNEL switches where they are set, else the
 * documented defaults of the build (TLS 1.1/1.2 off on Windows 7 / 2008 R2, TLS 1.3 from Server 2022).
 */
export function tlsProtocolFacts(report: ServerReport): ServerFact[] {
  const protocols = report.schannel.protocols;
  if (protocols === null) return [];
  const build = report.computer.build;
  const on = (version: Version): boolean | undefined => {
    const set = protocols.find((p) => p.protocol === version && p.side === "Server");
    if (set?.enabled !== null && set?.enabled !== undefined)
      return set.enabled !== 0 && set.disabledByDefault !== 1;
    if (set?.disabledByDefault === 1) return false;
    if (build === null) return undefined;
    if (version === "TLS 1.0") return true;
    if (version === "TLS 1.3") return build >= 20348;
    return build >= 9200;
  };
  const offered = versions.filter((v) => on(v) === true);
  if (versions.some((v) => on(v) === undefined)) return [];
  if (offered.length === 0)
    return [
      { id: "server.tls-none", detail: "Every TLS version is turned off for the server side of Schannel" },
    ];
  if (!offered.includes("TLS 1.2") && !offered.includes("TLS 1.3"))
    return [
      {
        id: "server.tls-legacy-only",
        detail: `The server offers only ${offered.join(" and ")}; clients with TLS 1.0/1.1 off cannot connect`,
      },
    ];
  if (!offered.includes("TLS 1.0"))
    return [
      {
        id: "server.tls10-off",
        detail: `The server offers ${offered.join(", ")}; TLS 1.0 is off, so older clients fail`,
      },
    ];
  return [{ id: "server.tls-modern", detail: `The server offers ${offered.join(", ")}` }];
}
