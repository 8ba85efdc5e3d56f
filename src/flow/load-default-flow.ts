import { formatFlowProblem } from "./flow-problem.js";
import type { Flow } from "./flow-schema.js";
import { loadFlows } from "./load-flows.js";

export const defaultFlowId = "rdp-connection";

/** Loads the connection-failure flow; a broken flow file is a setup error that names every problem. */
export async function loadDefaultFlow(dir: string): Promise<Flow> {
  const { flows, problems } = await loadFlows(dir);
  if (problems.length > 0) {
    throw Object.assign(new Error(`invalid flow files:\n${problems.map(formatFlowProblem).join("\n")}`), {
      code: "FLOW_INVALID",
    });
  }
  const flow = flows.find((f) => f.id === defaultFlowId);
  if (!flow)
    throw Object.assign(new Error(`no flow with id "${defaultFlowId}" in ${dir}`), { code: "FLOW_MISSING" });
  return flow;
}
