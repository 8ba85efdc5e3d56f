/** One thing wrong with a flow file, located so that an editor can jump to it. */
export interface FlowProblem {
  file: string;
  /** Where inside the file, as a readable path such as `causes[3].fixes[0].risk`. */
  path: string;
  line?: number;
  column?: number;
  message: string;
}

export function formatFlowProblem(problem: FlowProblem): string {
  const where =
    problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  const path = problem.path === "" ? "" : ` ${problem.path}:`;
  return `${where}${path} ${problem.message}`;
}

/** `["causes", 3, "fixes"]` -> `causes[3].fixes` */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}
