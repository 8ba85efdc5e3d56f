import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? sourceFiles(path) : name.endsWith(".ts") ? [path] : [];
  });
}

interface ImportLine {
  specifier: string;
  typeOnly: boolean;
}

function imports(file: string): ImportLine[] {
  const text = readFileSync(join(root, file), "utf8");
  const found: ImportLine[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?\sfrom\s+"([^"]+)"/gms)) {
    found.push({ specifier: match[3] ?? "", typeOnly: match[2] !== undefined });
  }
  for (const match of text.matchAll(/import\(\s*"([^"]+)"\s*\)/g))
    found.push({ specifier: match[1] ?? "", typeOnly: false });
  return found;
}

/** The layer of a file or resolved import, by top-level folder. */
function layerOf(path: string): string {
  const parts = path.split("/");
  return parts[0] === "src" ? `src/${parts[1]?.replace(/\.ts$/, "") ?? ""}` : (parts[0] ?? "");
}

function resolve(file: string, specifier: string): string {
  return relative(root, join(root, file, "..", specifier)).replace(/\.js$/, ".ts");
}

describe("dependency rules (DESIGN section 2)", () => {
  it("GIVEN the engine THEN it imports nothing with side effects: only other engine files and flow types", () => {
    const offending = sourceFiles("src/engine").flatMap((file) =>
      imports(file)
        .filter(({ specifier, typeOnly }) => {
          if (!specifier.startsWith(".")) return true;
          const target = resolve(file, specifier);
          return !(target.startsWith("src/engine/") || (typeOnly && target === "src/flow/flow-schema.ts"));
        })
        .map(({ specifier }) => `${file} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it("GIVEN the engine THEN it reads no clock, randomness, environment or timers", () => {
    const offending = sourceFiles("src/engine").filter((file) =>
      /\b(Date\.now|new Date\(|Math\.random|process\.|setTimeout|setInterval|fetch\(|crypto\.)/.test(
        readFileSync(join(root, file), "utf8"),
      ),
    );
    expect(offending).toEqual([]);
  });

  it("GIVEN the adapters THEN they never import probes or engine internals", () => {
    const offending = sourceFiles("adapters").flatMap((file) =>
      imports(file)
        .filter(({ specifier }) => specifier.startsWith("."))
        .map(({ specifier }) => resolve(file, specifier))
        .filter(
          (target) =>
            (target.startsWith("src/probes/") && !target.endsWith("probe-report.ts")) ||
            (target.startsWith("src/engine/") && target !== "src/engine/index.ts"),
        )
        .map((target) => `${file} imports ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it("GIVEN the network modules THEN only src/probes (and the demo's loopback server) imports them", () => {
    const network = /^(node:)?(net|tls|dns|dgram)$|^execa$/;
    // src/demo/fake-rdp-server.ts listens on loopback for `rdp-fix demo`; it serves, it never probes.
    const demoServer = "src/demo/fake-rdp-server.ts";
    const offending = [...sourceFiles("src"), ...sourceFiles("adapters")]
      .filter((file) => !file.startsWith("src/probes/") && file !== demoServer)
      .flatMap((file) =>
        imports(file)
          .filter(({ specifier }) => network.test(specifier))
          .map(({ specifier }) => `${file} imports ${specifier}`),
      );
    expect(offending).toEqual([]);
  });

  it.each([
    ["adapters/slack", /^@slack\//, "adapters/slack/slack-app.ts"],
    ["adapters/discord", /^(discord\.js|@discordjs\/|discord-api-types)/, "adapters/discord/discord-app.ts"],
  ])("GIVEN %s THEN only one file imports the SDK at run time", (dir, sdk, owner) => {
    const importers = sourceFiles(dir).filter((file) =>
      imports(file).some(({ specifier, typeOnly }) => sdk.test(specifier) && !typeOnly),
    );
    expect(importers).toEqual([owner]);
  });

  it("GIVEN the runtime THEN it never imports an adapter", () => {
    const offending = sourceFiles("src/runtime").flatMap((file) =>
      imports(file)
        .filter(
          ({ specifier }) => specifier.startsWith(".") && layerOf(resolve(file, specifier)) === "adapters",
        )
        .map(({ specifier }) => `${file} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});
