import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { FlowProblem } from "./flow-problem.js";
import type { Flow } from "./flow-schema.js";
import { parseFlow } from "./parse-flow.js";

export interface LoadFlowsResult {
  flows: Flow[];
  problems: FlowProblem[];
  files: string[];
}

/** Reads and validates every `*.yaml` / `*.yml` file of a directory; problems name the file they are in. */
export async function loadFlows(dir: string): Promise<LoadFlowsResult> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      flows: [],
      files: [],
      problems: [{ file: dir, path: "", message: `cannot read the directory: ${reason}` }],
    };
  }
  if (names.length === 0) {
    return {
      flows: [],
      files: [],
      problems: [{ file: dir, path: "", message: "no flow files (*.yaml) in this directory" }],
    };
  }

  const flows: Flow[] = [];
  const problems: FlowProblem[] = [];
  const files: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const shown = relative(process.cwd(), path) || path;
    files.push(shown);
    const result = parseFlow(await readFile(path, "utf8"), shown);
    if (result.ok) flows.push(result.flow);
    else problems.push(...result.problems);
  }
  const ids = new Map<string, string>();
  flows.forEach((flow, i) => {
    const other = ids.get(flow.id);
    if (other)
      problems.push({
        file: files[i] ?? dir,
        path: "id",
        message: `flow id "${flow.id}" is also used by ${other}`,
      });
    ids.set(flow.id, files[i] ?? dir);
  });
  return { flows, problems, files };
}
