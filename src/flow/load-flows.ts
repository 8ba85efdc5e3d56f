import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import type { FlowProblem } from "./flow-problem.js";
import type { Flow } from "./flow-schema.js";
import { parseFlow } from "./parse-flow.js";

/** A flow is a few hundred KB at most (the shipped one is 80 KB); a bigger file is a mistake or an attack. */
export const maxFlowFileBytes = 1024 * 1024;

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
    // Checked before reading: a 30 MB file would take gigabytes as a string, a YAML tree and a JS value.
    const tooBig = await sizeProblem(path, shown);
    if (tooBig) {
      problems.push(tooBig);
      continue;
    }
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

async function sizeProblem(path: string, shown: string): Promise<FlowProblem | undefined> {
  const info = await stat(path);
  if (!info.isFile()) return { file: shown, path: "", message: "not a regular file; not read" };
  if (info.size <= maxFlowFileBytes) return undefined;
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return {
    file: shown,
    path: "",
    message: `the file is ${mib(info.size)}, over the ${mib(maxFlowFileBytes)} limit for a flow file (maxFlowFileBytes); not read`,
  };
}
