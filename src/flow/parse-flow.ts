import { isNode, LineCounter, parseDocument } from "yaml";
import { checkFlowReferences } from "./check-flow-references.js";
import { type FlowProblem, formatPath } from "./flow-problem.js";
import { type Flow, flowSchema } from "./flow-schema.js";

export type ParseFlowResult = { ok: true; flow: Flow } | { ok: false; problems: FlowProblem[] };

/**
 * Parses the text of one flow file: YAML syntax, then the schema, then cross-references. Every problem is
 * reported with the file, the path inside it and, where the YAML has one, the line and column.
 */
export function parseFlow(source: string, file: string): ParseFlowResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });

  const locate = (path: ReadonlyArray<PropertyKey>): Pick<FlowProblem, "line" | "column"> => {
    // Walk up until a node exists: a missing key is best shown at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return {};
  };

  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return { file, path: "", line, column: col, message: `YAML: ${error.message.split("\n")[0]}` };
      }),
    };
  }

  const parsed = flowSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        file,
        path: formatPath(issue.path),
        ...locate(issue.path),
        message: issue.message,
      })),
    };
  }

  const problems = checkFlowReferences(parsed.data).map(({ path, message }) => ({
    file,
    path: formatPath(path),
    ...locate(path),
    message,
  }));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, flow: parsed.data };
}
