import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export const root = join(import.meta.dirname, "..", "..");

/** Every .ts file under `dir` (relative to the repository root), or none when the folder does not exist. */
export function sourceFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, dir));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? sourceFiles(path) : name.endsWith(".ts") ? [path] : [];
  });
}

export interface ImportLine {
  specifier: string;
  typeOnly: boolean;
}

/** The static, side-effect and dynamic imports and the re-exports of one file. */
export function imports(file: string): ImportLine[] {
  const text = readFileSync(join(root, file), "utf8");
  const found: ImportLine[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?\sfrom\s+"([^"]+)"/gms)) {
    found.push({ specifier: match[3] ?? "", typeOnly: match[2] !== undefined });
  }
  for (const match of text.matchAll(/^\s*import\s+"([^"]+)"/gm)) {
    found.push({ specifier: match[1] ?? "", typeOnly: false });
  }
  for (const match of text.matchAll(/import\(\s*"([^"]+)"\s*\)/g)) {
    found.push({ specifier: match[1] ?? "", typeOnly: false });
  }
  return found;
}

/** The repository path a relative specifier points at, with `.js` read as the `.ts` source. */
export function resolveImport(file: string, specifier: string): string {
  return relative(root, join(root, file, "..", specifier)).replace(/\.js$/, ".ts");
}

export interface ImportEdge {
  from: string;
  to: string;
  typeOnly: boolean;
}

/** Every relative import of the given files, resolved to repository paths. */
export function relativeImports(files: readonly string[]): ImportEdge[] {
  return files.flatMap((from) =>
    imports(from)
      .filter(({ specifier }) => specifier.startsWith("."))
      .map(({ specifier, typeOnly }) => ({ from, to: resolveImport(from, specifier), typeOnly })),
  );
}
