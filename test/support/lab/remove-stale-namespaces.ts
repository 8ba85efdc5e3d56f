import { processExists } from "./process-exists.js";
import { runCommand } from "./run-command.js";

/**
 * Deletes lab namespaces (rdpfix-<pid>-<n>-cli|rtr|srv) whose creating process no longer exists. A test
 * worker that was killed cannot run its teardown, so the next lab run cleans up after it instead.
 */
export async function removeStaleNamespaces(ip: string): Promise<void> {
  const listing = await runCommand(ip, ["netns", "list"]);
  const stale = listing
    .split("\n")
    .map((line) => line.split(" ")[0] ?? "")
    .filter((name) => {
      const pid = /^rdpfix-(\d+)-\d+-(cli|rtr|srv)$/.exec(name)?.[1];
      return pid !== undefined && !processExists(Number(pid));
    });
  for (const name of stale) await runCommand(ip, ["netns", "delete", name]).catch(() => undefined);
}
