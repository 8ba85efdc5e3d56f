import type { ServerFact } from "./server-fact.js";
import type { ServerReport } from "./server-report-schema.js";

type Rule = NonNullable<ServerReport["firewall"]>["rules"][number];

/** Windows Firewall on the host: is an enabled rule letting the listener's port in on the network it is on? */
export function firewallFacts(report: ServerReport): ServerFact[] {
  const firewall = report.firewall;
  if (firewall === null) return [];
  const port = String(report.listening?.port ?? report.listener.portNumber ?? 3389);
  const enabledProfiles = firewall.profiles.filter((p) => p.enabled).map((p) => p.name);
  if (enabledProfiles.length === 0)
    return [{ id: "server.firewall-off", detail: "Windows Firewall is off in every profile" }];
  // Only the profiles that are both active and enforcing decide; with none known, every enforcing one counts.
  const active = firewall.activeProfiles.filter((p) => enabledProfiles.some((name) => name === p));
  const deciding = active.length > 0 ? active : enabledProfiles;
  const applies = (rule: Rule) =>
    rule.enabled &&
    rule.direction === "Inbound" &&
    (rule.localPorts.includes(port) || rule.localPorts.includes("Any")) &&
    (rule.profiles === "Any" || deciding.some((p) => rule.profiles.includes(p)));
  const block = firewall.rules.find((r) => applies(r) && r.action === "Block");
  if (block)
    return [
      { id: "server.firewall-rdp-blocked", detail: `The firewall rule "${block.name}" blocks TCP ${port}` },
    ];
  const allows = firewall.rules.filter((r) => applies(r) && r.action === "Allow");
  if (allows.length === 0)
    return [
      {
        id: "server.firewall-rdp-blocked",
        detail: `No enabled firewall rule allows TCP ${port} in the ${deciding.join(" / ")} profile`,
      },
    ];
  const open = allows.find((r) => r.remoteAddresses.length === 0 || r.remoteAddresses.includes("Any"));
  if (open)
    return [
      {
        id: "server.firewall-rdp-allowed",
        detail: `The firewall rule "${open.name}" allows TCP ${port} from anywhere`,
      },
    ];
  const scope = [...new Set(allows.flatMap((r) => r.remoteAddresses))].join(", ");
  return [{ id: "server.firewall-rdp-scoped", detail: `The firewall allows TCP ${port} only from ${scope}` }];
}
