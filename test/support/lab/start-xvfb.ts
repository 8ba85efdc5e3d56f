import type { LoopbackBlock } from "./claim-loopback-block.js";
import { type LabProcess, startLabProcess } from "./lab-process.js";
import { LabSetupError } from "./lab-setup-error.js";
import { pollUntil } from "./poll-until.js";
import { requireTool } from "./require-tool.js";

export interface XvfbInstance {
  /** e.g. ":103", for DISPLAY. */
  readonly display: string;
  readonly process: LabProcess;
  stop(): Promise<void>;
}

// Well above the :0 and :1 a developer's desktop uses.
const firstLabDisplay = 100;

/**
 * Starts a headless X server for freerdp-shadow-cli; `-displayfd 1` makes Xvfb print the display number
 * once it accepts clients. The number comes from the caller's claimed loopback block, which no parallel
 * lab holds: letting Xvfb pick a free display itself races with another run's Xvfb that is shutting down.
 */
export async function startXvfb(block: LoopbackBlock): Promise<XvfbInstance> {
  const xvfb = requireTool("Xvfb", "xvfb");
  const displayNumber = firstLabDisplay + block.index;
  // -noreset: by default X resets whenever its last client disconnects and drops connections arriving
  // meanwhile, so a shadow server starting next to one that just closed a connection failed at random.
  const args = [
    `:${displayNumber}`,
    "-noreset",
    "-displayfd",
    "1",
    "-screen",
    "0",
    "800x600x24",
    "-nolisten",
    "tcp",
  ];
  const server = startLabProcess(`Xvfb :${displayNumber}`, xvfb, args);
  const display = await pollUntil(
    () => {
      // stderr is mixed in, so look for a line that is only the number.
      if (new RegExp(`^${displayNumber}$`, "m").test(server.output())) return `:${displayNumber}`;
      return server.hasExited() ? "" : undefined;
    },
    { deadlineMs: 5000 },
  );
  if (!display) {
    await server.stop();
    throw new LabSetupError(
      "server-did-not-start",
      `Xvfb :${displayNumber} did not start:\n${server.output()}`,
    );
  }
  return { display, process: server, stop: () => server.stop() };
}
