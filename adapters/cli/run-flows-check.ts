import { formatFlowProblem } from "../../src/flow/flow-problem.js";
import { loadFlows } from "../../src/flow/load-flows.js";
import type { CliIo } from "./cli-io.js";

/** `rdp-fix flows check [dir]`: 0 when every flow is valid, 2 with one located line per problem otherwise. */
export async function runFlowsCheck(dir: string, io: CliIo): Promise<number> {
  const { flows, problems, files } = await loadFlows(dir);
  if (problems.length > 0) {
    for (const problem of problems) io.stderr(formatFlowProblem(problem));
    io.stderr(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${files.length} flow file(s).`,
    );
    return 2;
  }
  for (const flow of flows) {
    io.stdout(
      `ok  ${flow.id} v${flow.version}: ${flow.causes.length} causes, ${flow.questions.length} questions, ${flow.findings.length} findings`,
    );
  }
  return 0;
}
