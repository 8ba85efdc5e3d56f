import { createProbePolicy } from "../probes/probe-policy.js";
import type { ProbeReport, ProbeRequest } from "../probes/probe-report.js";
import { createProbeRunner } from "../probes/run-probes.js";
import type { DemoFault } from "./demo-faults.js";
import { startFakeRdpServer } from "./fake-rdp-server.js";

export interface RunningDemo {
  host: string;
  port: number;
  /** Probes that may reach only this demo endpoint, whatever the environment's policy says. */
  runProbes: (request: ProbeRequest) => Promise<ProbeReport>;
  stop(): Promise<void>;
}

/** Starts a loopback RDP endpoint with the chosen fault, and a probe pipeline fenced to it. */
export async function startDemo(fault: DemoFault): Promise<RunningDemo> {
  const server = await startFakeRdpServer({ confirm: fault.confirm, afterConfirm: fault.afterConfirm() });
  const policy = createProbePolicy({
    allowedCidrs: [`${server.address}/32`],
    allowedHostnames: [],
    allowedPorts: [server.port],
  });
  return {
    host: server.address,
    port: server.port,
    // A short budget: the only slow fault (the stalled TLS handshake) should not keep a newcomer waiting.
    runProbes: createProbeRunner({ policy, budgetMs: 4_000 }),
    stop: () => server.close(),
  };
}
