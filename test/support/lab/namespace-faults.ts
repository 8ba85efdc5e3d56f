import type { NamespaceTopology } from "./create-namespace-topology.js";
import { requireTool } from "./require-tool.js";
import { runCommand } from "./run-command.js";

/**
 * drop: the router silently drops TCP to the server -> the client's connect times out.
 * reject: the router answers with a TCP reset -> connection refused.
 * blackhole: the router's hop toward the client has MTU 1200 and the router drops its own ICMP
 *   "fragmentation needed", so small packets (SYN, X.224) pass but the server's full-size TLS flight
 *   vanishes: a PMTU black hole (knowledge/lab.md section 4).
 */
export type NamespaceFault = "none" | "drop" | "reject" | "blackhole";

const normalMtu = "1500";
const blackholeMtu = "1200";

export async function applyNamespaceFault(topology: NamespaceTopology, fault: NamespaceFault): Promise<void> {
  const ip = requireTool("ip", "iproute2");
  const iptables = requireTool("iptables", "iptables");
  const router = topology.names.router;
  const inRouter = (...args: string[]) => runCommand(ip, ["netns", "exec", router, iptables, "-w", ...args]);
  const setMtu = (mtu: string) =>
    runCommand(ip, ["-n", router, "link", "set", topology.routerInterfaces.toClient, "mtu", mtu]);
  const toServer = ["-p", "tcp", "-d", topology.addresses.server];

  // Each fault starts from a clean router, so tests can switch faults in any order.
  await inRouter("-F", "FORWARD");
  await inRouter("-F", "OUTPUT");
  await setMtu(normalMtu);
  switch (fault) {
    case "none":
      return;
    case "drop":
      await inRouter("-A", "FORWARD", ...toServer, "-j", "DROP");
      return;
    case "reject":
      await inRouter("-A", "FORWARD", ...toServer, "-j", "REJECT", "--reject-with", "tcp-reset");
      return;
    case "blackhole":
      await setMtu(blackholeMtu);
      await inRouter("-A", "OUTPUT", "-p", "icmp", "--icmp-type", "fragmentation-needed", "-j", "DROP");
      return;
    default:
      return assertNever(fault);
  }
}

function assertNever(value: never): never {
  throw new Error(`unknown namespace fault: ${String(value)}`);
}
