import type { PathToolRun } from "./path-tool.js";

/** The one-line reason a tool run gave no answer, or undefined when it ran and its output is worth reading. */
export function pathToolUnusable(run: PathToolRun): string | undefined {
  switch (run.kind) {
    case "missing":
      return `${run.tool} is not installed (Debian package ${run.debianPackage})`;
    case "aborted":
      return "cancelled";
    case "not-started":
      return `could not run: ${run.message}`;
    case "ran":
      return undefined;
  }
}
