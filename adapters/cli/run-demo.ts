import { demoFaults, findDemoFault } from "../../src/demo/demo-faults.js";
import { startDemo } from "../../src/demo/start-demo.js";
import { quoteInput } from "../../src/errors/quote-input.js";
import type { Flow } from "../../src/flow/flow-schema.js";
import type { StateStore } from "../../src/state/state-store.js";
import type { CliIo } from "./cli-io.js";
import { runDiagnose } from "./run-diagnose.js";

/**
 * `rdp-fix demo [fault]`: the whole product against an RDP endpoint on loopback with a known fault, so a
 * newcomer sees probing, ranking and fixes with nothing else installed.
 */
export async function runDemo(
  command: { fault?: string; json: boolean },
  io: CliIo,
  flow: Flow,
  store: StateStore,
): Promise<number> {
  if (command.fault === undefined) {
    io.stdout("Faults the demo endpoint can have (rdp-fix demo <fault>):");
    for (const fault of demoFaults) io.stdout(`  ${fault.name.padEnd(14)} ${fault.description}`);
    return 0;
  }
  const fault = findDemoFault(command.fault);
  if (!fault) {
    io.stderr(
      `rdp-fix demo: unknown fault ${quoteInput(command.fault)}; faults: ${demoFaults.map((f) => f.name).join(", ")}`,
    );
    return 2;
  }
  const demo = await startDemo(fault);
  try {
    if (!command.json)
      io.stdout(`Demo RDP endpoint on ${demo.host} port ${demo.port}: ${fault.description}.\n`);
    return await runDiagnose(
      {
        host: demo.host,
        port: demo.port,
        answers: fault.answers ?? [],
        probe: true,
        yes: true,
        json: command.json,
        jsonl: false,
        // The fault's description is the bot's own text, and a person's words are read for answers: none here.
        symptom: "",
      },
      io,
      flow,
      store,
      demo.runProbes,
    );
  } finally {
    await demo.stop();
  }
}
