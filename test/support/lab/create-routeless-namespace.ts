import { randomInt } from "node:crypto";
import { removeStaleNamespaces } from "./remove-stale-namespaces.js";
import { requireRoot } from "./require-root.js";
import { requireTool } from "./require-tool.js";
import { runCommand } from "./run-command.js";

export interface RoutelessNamespace {
  readonly name: string;
  remove(): Promise<void>;
}

/**
 * A namespace with loopback up and nothing else: no interface, no route, so any non-loopback address fails
 * locally (ENETUNREACH) and no packet can leave, whatever routes the machine itself has.
 */
export async function createRoutelessNamespace(): Promise<RoutelessNamespace> {
  requireRoot("a namespace without routes");
  const ip = requireTool("ip", "iproute2");
  await removeStaleNamespaces(ip);
  // The creator's pid in the name lets removeStaleNamespaces clean up after a killed worker.
  const name = `rdpfix-${process.pid}-${randomInt(1_000_000, 2_000_000)}-cli`;
  await runCommand(ip, ["netns", "add", name]);
  const remove = () => runCommand(ip, ["netns", "delete", name]).then(() => undefined);
  try {
    await runCommand(ip, ["-n", name, "link", "set", "lo", "up"]);
  } catch (error) {
    await remove().catch(() => undefined);
    throw error;
  }
  return { name, remove };
}
