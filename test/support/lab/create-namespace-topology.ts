import { removeStaleNamespaces } from "./remove-stale-namespaces.js";
import { requireRoot } from "./require-root.js";
import { requireTool } from "./require-tool.js";
import { runCommand } from "./run-command.js";

/**
 * client 10.200.0.1 --veth-- 10.200.0.254 router 10.201.0.254 --veth-- 10.201.0.2 server
 *
 * Every address lives inside a namespace this run created; the root namespace gets no address and no
 * route, and no namespace has a default route, so lab traffic cannot leave the machine.
 */
export interface NamespaceTopology {
  readonly names: { client: string; router: string; server: string };
  readonly addresses: { client: string; routerClientSide: string; routerServerSide: string; server: string };
  /** Interface names inside the router namespace, for faults on one hop. */
  readonly routerInterfaces: { toClient: string; toServer: string };
  remove(): Promise<void>;
}

let sequence = 0;

export async function createNamespaceTopology(): Promise<NamespaceTopology> {
  requireRoot("the namespace lab");
  const ip = requireTool("ip", "iproute2");
  const sysctl = requireTool("sysctl", "procps");
  await removeStaleNamespaces(ip);
  sequence += 1;
  // The pid in the name lets a later run recognise namespaces whose creator died (removeStaleNamespaces).
  const prefix = `rdpfix-${process.pid}-${sequence}`;
  const names = { client: `${prefix}-cli`, router: `${prefix}-rtr`, server: `${prefix}-srv` };
  const addresses = {
    client: "10.200.0.1",
    routerClientSide: "10.200.0.254",
    routerServerSide: "10.201.0.254",
    server: "10.201.0.2",
  };
  // Interfaces are created directly inside the namespaces, so fixed short names never clash between runs.
  const { client, router, server } = names;
  const inNs = (ns: string, ...args: string[]) => runCommand(ip, ["-n", ns, ...args]);
  const remove = async () => {
    for (const name of Object.values(names)) {
      await runCommand(ip, ["netns", "delete", name]).catch(() => undefined);
    }
  };
  try {
    for (const name of Object.values(names)) {
      await runCommand(ip, ["netns", "add", name]);
    }
    await inNs(client, "link", "add", "to-rtr", "type", "veth", "peer", "name", "to-cli", "netns", router);
    await inNs(server, "link", "add", "to-rtr", "type", "veth", "peer", "name", "to-srv", "netns", router);
    await inNs(client, "addr", "add", `${addresses.client}/24`, "dev", "to-rtr");
    await inNs(router, "addr", "add", `${addresses.routerClientSide}/24`, "dev", "to-cli");
    await inNs(router, "addr", "add", `${addresses.routerServerSide}/24`, "dev", "to-srv");
    await inNs(server, "addr", "add", `${addresses.server}/24`, "dev", "to-rtr");
    for (const [ns, dev] of [
      [client, "to-rtr"],
      [router, "to-cli"],
      [router, "to-srv"],
      [server, "to-rtr"],
    ] as const) {
      await inNs(ns, "link", "set", dev, "up");
    }
    for (const ns of [client, router, server]) await inNs(ns, "link", "set", "lo", "up");
    await inNs(client, "route", "add", "10.201.0.0/24", "via", addresses.routerClientSide);
    await inNs(server, "route", "add", "10.200.0.0/24", "via", addresses.routerServerSide);
    await runCommand(ip, ["netns", "exec", router, sysctl, "-q", "-w", "net.ipv4.ip_forward=1"]);
  } catch (error) {
    await remove();
    throw error;
  }
  return { names, addresses, routerInterfaces: { toClient: "to-cli", toServer: "to-srv" }, remove };
}
