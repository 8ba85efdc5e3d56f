import { FlowError } from "./flow-error.js";
import { formatFlowProblem } from "./flow-problem.js";
import type { Flow } from "./flow-schema.js";
import { loadFlows } from "./load-flows.js";

export const defaultFlowId = "rdp-connection";

/** Loads the connection-failure flow; a broken flow file is a setup error that names every problem. */
export async function loadDefaultFlow(dir: string): Promise<Flow> {
  const { flows, problems } = await loadFlows(dir);
  if (problems.length > 0) {
    throw new FlowError("FLOW_INVALID", `invalid flow files:\n${problems.map(formatFlowProblem).join("\n")}`);
  }
  const flow = flows.find((f) => f.id === defaultFlowId);
  if (!flow) throw new FlowError("FLOW_MISSING", `no flow with id "${defaultFlowId}" in ${dir}`);
  return flow;
}
