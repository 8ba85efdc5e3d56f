import { isIP } from "node:net";
import type { NtlmIdentity } from "./ntlm-identity.js";

export type NameComparison =
  | { kind: "not-compared"; why: string }
  | { kind: "match" }
  | { kind: "mismatch"; typed: string; serverNames: string[] };

/**
 * Does the server call itself what the user typed? Only first labels count, case-insensitively: the user
 * may type `host42` or `host42.corp.example`, and NetBIOS names are upper-case and cut at 15 characters,
 * so the typed name matches when it equals the first label of either the NetBIOS or the DNS computer name.
 * An IP address names no computer, so it is not compared; `localhost` is a name like any other.
 */
export function compareComputerName(typed: string, identity: NtlmIdentity): NameComparison {
  const host = typed.replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
  if (isIP(host) !== 0) return { kind: "not-compared", why: "an IP address was typed" };
  const serverNames = [identity.netbiosComputerName, identity.dnsComputerName].filter(
    (name): name is string => name !== null && name !== "",
  );
  if (serverNames.length === 0) return { kind: "not-compared", why: "the server sent no computer name" };
  const wanted = firstLabel(host);
  return serverNames.some((name) => firstLabel(name) === wanted)
    ? { kind: "match" }
    : { kind: "mismatch", typed: host, serverNames };
}

function firstLabel(name: string): string {
  return (name.split(".")[0] ?? "").toLowerCase();
}
