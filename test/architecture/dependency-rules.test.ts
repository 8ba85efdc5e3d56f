import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeTokens } from "./code-tokens.js";
import { findImportCycles } from "./find-import-cycles.js";
import { imports, relativeImports, resolveImport as resolve, root, sourceFiles } from "./source-imports.js";

/** The layer of a file or resolved import: `src/<folder>`, `adapters/<platform>`, or the top-level folder. */
function layerOf(path: string): string {
  const [top, next] = path.split("/");
  return top === "src" || top === "adapters" ? `${top}/${next?.replace(/\.ts$/, "") ?? ""}` : (top ?? "");
}

const layered = () => [...sourceFiles("bin"), ...sourceFiles("adapters"), ...sourceFiles("src")];

/**
 * DESIGN section 2 as data: the only imports allowed from one layer into another (a layer always imports
 * itself). "types" means `import type` only. Arrows point one way:
 * bin -> adapters -> src/chat -> src/runtime -> src/engine <- src/flow; src/runtime -> src/probes, src/state.
 * A layer missing from this table, or an import missing from its row, fails the test below.
 */
const allowedImports: Record<string, Record<string, "any" | "types">> = {
  bin: {
    "src/errors": "any",
    "adapters/cli": "any",
    "adapters/slack": "any",
    "adapters/discord": "any",
    "adapters/teams": "any",
    "src/chat": "any",
    "src/runtime": "any",
    "src/state": "any",
    "src/probes": "any",
    "src/flow": "any",
  },
  "adapters/cli": {
    "src/chat": "any",
    "src/runtime": "any",
    "src/engine": "any",
    // The terminal is handed its store by the composition root; it only names the port's type.
    "src/state": "types",
    "src/probes": "types",
    "src/flow": "any",
    "src/demo": "any",
    "src/errors": "any",
    "src/server-report": "any",
  },
  "adapters/slack": {
    "src/chat": "any",
    "src/runtime": "any",
    "src/engine": "any",
    // The collector to post and the pasted report to read back.
    "src/server-report": "any",
    "src/probes": "types",
    "src/flow": "types",
  },
  "adapters/discord": {
    "src/chat": "any",
    "src/runtime": "any",
    "src/engine": "any",
    // The collector to attach and the pasted report to read back.
    "src/server-report": "any",
    "src/probes": "types",
    "src/flow": "types",
  },
  // Teams, like the other chat adapters (issue 19).
  "adapters/teams": {
    "src/chat": "any",
    "src/runtime": "any",
    "src/engine": "any",
    "src/server-report": "any",
    "src/probes": "types",
    "src/flow": "types",
  },
  // The pasted server report is a chat use case (handle-server-report.ts): the core reads it once for every platform.
  "src/chat": {
    "src/runtime": "any",
    "src/state": "any",
    "src/engine": "any",
    "src/flow": "types",
    "src/server-report": "any",
  },
  "src/runtime": {
    "src/engine": "any",
    "src/probes": "any",
    "src/state": "any",
    "src/flow": "types",
    "src/errors": "any",
  },
  "src/state": { "src/engine": "types", "src/errors": "any" },
  "src/probes": { "src/engine": "types", "src/errors": "any" },
  // The one error base and the code-to-exit-status table: a leaf every layer may build on.
  "src/errors": {},
  "src/engine": { "src/flow": "types", "src/errors": "any" },
  "src/flow": { "src/errors": "any" },
  "src/demo": { "src/probes": "any" },
  // The pasted server report: parsed and turned into findings; it builds on engine types only.
  "src/server-report": { "src/engine": "types", "src/errors": "any" },
};

/** What src/state may take from npm and Node: zod, the database drivers, ids, the database file's path and a thread. */
// node:worker_threads (with node:events and node:module to start it): the SQLite store checkpoints its WAL on
// a thread of its own, so the two fsyncs of a checkpoint never stall the event loop that acknowledges requests.
const statePackages =
  /^(zod|better-sqlite3|pg|node:crypto|node:fs|node:fs\/promises|node:path|node:worker_threads|node:events|node:module)$/;

describe("dependency rules (DESIGN section 2)", () => {
  it("GIVEN the engine THEN it imports nothing with side effects: only other engine files, flow types (import type) and the pure error leaf", () => {
    const offending = sourceFiles("src/engine").flatMap((file) =>
      imports(file)
        .filter(({ specifier, typeOnly }) => {
          if (!specifier.startsWith(".")) return true;
          const target = resolve(file, specifier);
          return !(
            target.startsWith("src/engine/") ||
            target.startsWith("src/errors/") ||
            (typeOnly && target.startsWith("src/flow/"))
          );
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
    const offending = layered()
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
    ["adapters/teams", /^@microsoft\/teams\./, "adapters/teams/teams-app.ts"],
  ])("GIVEN %s THEN only one file imports the SDK at run time", (dir, sdk, owner) => {
    const importers = sourceFiles(dir).filter((file) =>
      imports(file).some(({ specifier, typeOnly }) => sdk.test(specifier) && !typeOnly),
    );
    expect(importers).toEqual([owner]);
  });

  it("GIVEN src/ THEN no code names a chat platform: a platform is a name an adapter registers (comments may)", () => {
    const platform = /slack|discord|teams/i;
    const offending = sourceFiles("src").flatMap((file) =>
      codeTokens(file)
        .filter(({ text }) => platform.test(text))
        .map(({ line, text }) => `${file}:${line}: ${text}`),
    );
    expect(offending).toEqual([]);
  });

  it("GIVEN the adapters THEN none imports another: each platform is one folder", () => {
    const offending = relativeImports(sourceFiles("adapters"))
      .filter(({ from, to }) => to.startsWith("adapters/") && layerOf(to) !== layerOf(from))
      .map(({ from, to }) => `${from} imports ${to}`);
    expect(offending).toEqual([]);
  });

  it("GIVEN the runtime THEN it never imports an adapter", () => {
    const offending = sourceFiles("src/runtime").flatMap((file) =>
      imports(file)
        .filter(
          ({ specifier }) => specifier.startsWith(".") && resolve(file, specifier).startsWith("adapters/"),
        )
        .map(({ specifier }) => `${file} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it("GIVEN src/ THEN it never imports adapters/ or bin/, and adapters/ never imports bin/", () => {
    const files = [...sourceFiles("src"), ...sourceFiles("adapters")];
    const offending = relativeImports(files)
      .filter(({ from, to }) => {
        const [fromTop, toTop] = [from.split("/")[0], to.split("/")[0]];
        return toTop === "bin" || (fromTop === "src" && toTop === "adapters");
      })
      .map(({ from, to }) => `${from} imports ${to}`);
    expect(offending).toEqual([]);
  });

  it("GIVEN the layer table THEN every import between layers follows an allowed arrow", () => {
    const offending = relativeImports(layered()).flatMap(({ from, to, typeOnly }) => {
      const [source, target] = [layerOf(from), layerOf(to)];
      const row = allowedImports[source];
      if (row === undefined) return [`${from}: layer ${source} is not in the table`];
      if (source === target) return [];
      const allowed = row[target];
      if (allowed === undefined) return [`${from} imports ${to} (${source} -> ${target} is not allowed)`];
      if (allowed === "types" && !typeOnly) return [`${from} imports ${to} at run time (types only)`];
      return [];
    });
    expect(offending).toEqual([]);
  });

  it("GIVEN src/state THEN its only packages are zod, the database drivers and a few Node built-ins", () => {
    const offending = sourceFiles("src/state").flatMap((file) =>
      imports(file)
        .filter(({ specifier }) => !specifier.startsWith(".") && !statePackages.test(specifier))
        .map(({ specifier }) => `${file} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it("GIVEN src/, adapters/ and bin/ THEN no file reaches itself again through its imports (types included)", () => {
    expect(findImportCycles(relativeImports(layered()))).toEqual([]);
  });
});
