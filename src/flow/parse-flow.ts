import { type Document, isNode, LineCounter, parseDocument, visit } from "yaml";
import { checkFlowReferences } from "./check-flow-references.js";
import { type FlowProblem, formatPath } from "./flow-problem.js";
import { type Flow, flowSchema } from "./flow-schema.js";

/**
 * yaml's own guard against an alias bomb ("billion laughs": anchors of anchors, 9 levels deep, expand to a
 * billion nodes): converting refuses once aliases would add more than this many nodes. Flows need none.
 */
export const maxAliasCount = 100;

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

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount });
  } catch (error) {
    // yaml throws a ReferenceError for too many aliases; anything else is a bug and stays thrown.
    if (!(error instanceof ReferenceError)) throw error;
    const message = `YAML: the aliases expand to more than maxAliasCount (${maxAliasCount}) nodes, as an alias bomb does; the flow was not loaded (${error.message})`;
    return { ok: false, problems: [{ file, path: "", ...firstAlias(doc, lineCounter), message }] };
  }

  const parsed = flowSchema.safeParse(data);
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

/** Where the first alias is, so the problem points into the file. */
function firstAlias(doc: Document, lineCounter: LineCounter): { line?: number; column?: number } {
  let at: { line?: number; column?: number } = {};
  visit(doc, {
    Alias(_, node) {
      if (!node.range) return;
      const { line, col } = lineCounter.linePos(node.range[0]);
      at = { line, column: col };
      return visit.BREAK;
    },
  });
  return at;
}
