import type { ImportEdge } from "./source-imports.js";

/**
 * Every import circle in the graph, each as a path that starts and ends at its alphabetically first file
 * (`a.ts -> b.ts -> a.ts`), so the same circle is named the same way whichever file the search met first.
 */
export function findImportCycles(edges: readonly ImportEdge[]): string[] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const done = new Set<string>();
  const onPath: string[] = [];
  const cycles = new Set<string>();

  const visit = (file: string): void => {
    onPath.push(file);
    for (const target of next.get(file) ?? []) {
      const start = onPath.indexOf(target);
      if (start >= 0) cycles.add(name(onPath.slice(start)));
      else if (!done.has(target)) visit(target);
    }
    onPath.pop();
    done.add(file);
  };
  for (const file of [...next.keys()].sort()) if (!done.has(file)) visit(file);
  return [...cycles].sort();
}

function name(circle: string[]): string {
  const first = circle.indexOf([...circle].sort()[0] ?? "");
  const rotated = [...circle.slice(first), ...circle.slice(0, first)];
  return [...rotated, rotated[0]].join(" -> ");
}
