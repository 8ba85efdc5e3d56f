import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pathTools } from "../../src/probes/path-tool.js";
import { type DockerInstruction, type DockerStage, execForm, parseDockerfile } from "./parse-dockerfile.js";

// No container engine runs on these machines, so the image is checked as text: what it is built from, what
// it copies, how it runs. A real `docker build` belongs in a release pipeline.
const root = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const stages = parseDockerfile(read("Dockerfile"));
const packageJson = JSON.parse(read("package.json")) as {
  bin: Record<string, string>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

const final = stages.at(-1) as DockerStage;
const of = (stage: DockerStage, keyword: string) => stage.instructions.filter((i) => i.keyword === keyword);
const runs = (stage: DockerStage) => of(stage, "RUN").map((i) => i.args);
const buildStage = stages.find((stage) => runs(stage).some((run) => /\bnpm run build\b/.test(run)));

/** COPY sources from the build context (not --from another stage), with their instruction. */
function contextCopies(): { source: string; instruction: DockerInstruction }[] {
  return stages.flatMap((stage) =>
    of(stage, "COPY")
      .filter((instruction) => !/--from=/.test(instruction.args))
      .flatMap((instruction) => {
        const words = instruction.args.split(" ").filter((word) => !word.startsWith("--"));
        return words.slice(0, -1).map((source) => ({ source: source.replace(/\/$/, ""), instruction }));
      }),
  );
}

describe("Dockerfile", () => {
  it("GIVEN the Dockerfile THEN it has a build stage and a separate runtime stage", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(buildStage).toBeDefined();
    expect(buildStage).not.toBe(final);
  });

  it("GIVEN every FROM THEN its base is pinned to a full version, never latest or untagged", () => {
    const stageNames = new Set(stages.map((stage) => stage.name));
    for (const { image } of stages.filter((stage) => !stageNames.has(stage.image))) {
      expect(image, `FROM ${image}`).toMatch(/^[\w./-]+:\d+\.\d+\.\d+[\w.-]*(@sha256:[0-9a-f]{64})?$/);
      expect(image).not.toMatch(/:latest\b/);
    }
  });

  it("GIVEN the build stage THEN it runs the commands CI runs: npm ci, then npm run build (tsc)", () => {
    const buildRuns = runs(buildStage as DockerStage);
    const ci = buildRuns.findIndex((run) => /^npm ci\b/.test(run) && !run.includes("--omit"));
    const build = buildRuns.findIndex((run) => /\bnpm run build\b/.test(run));
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(ci);
    expect(read(".ci/run")).toMatch(/\bnpm ci\b/);
    expect(packageJson.scripts.build).toBe("tsc -p tsconfig.build.json");
  });

  it("GIVEN tsconfig.build.json THEN the build stage copies it and every folder it compiles", () => {
    const tsconfig = JSON.parse(read("tsconfig.build.json")) as { include: string[] };
    const copied = contextCopies()
      .filter(({ instruction }) => (buildStage as DockerStage).instructions.includes(instruction))
      .map(({ source }) => source);
    expect(copied).toEqual(
      expect.arrayContaining(["tsconfig.json", "tsconfig.build.json", ...tsconfig.include]),
    );
  });

  it("GIVEN the native better-sqlite3 THEN the build stage installs node-gyp's toolchain before npm ci", () => {
    expect(packageJson.dependencies).toHaveProperty("better-sqlite3");
    const buildRuns = runs(buildStage as DockerStage);
    const toolchain = buildRuns.findIndex((run) =>
      /apt-get install\b.*\bpython3\b.*\bmake\b.*\bg\+\+/.test(run),
    );
    const ci = buildRuns.findIndex((run) => /^npm ci\b/.test(run));
    expect(toolchain).toBeGreaterThanOrEqual(0);
    expect(ci).toBeGreaterThan(toolchain);
    expect(buildRuns[toolchain]).toContain("--no-install-recommends");
    expect(buildRuns[toolchain]).toMatch(/rm -rf \/var\/lib\/apt\/lists/);
  });

  it("GIVEN any npm install THEN none skips install scripts (that would leave better-sqlite3 unbuilt)", () => {
    const skipping = stages.flatMap(runs).filter((run) => /\bnpm\b.*--ignore-scripts/.test(run));
    expect(skipping).toEqual([]);
  });

  it("GIVEN the build stage THEN it prunes to production dependencies after building", () => {
    const buildRuns = runs(buildStage as DockerStage);
    const build = buildRuns.findIndex((run) => /\bnpm run build\b/.test(run));
    const prune = buildRuns.findIndex((run) => /\bnpm prune --omit=dev\b/.test(run));
    expect(prune).toBeGreaterThanOrEqual(build);
    if (prune === build) expect(buildRuns[build]).toMatch(/npm run build\b.*&& npm prune --omit=dev/);
  });

  it("GIVEN the runtime stage THEN it takes the built node_modules from the build stage, on the same base", () => {
    const fromBuild = of(final, "COPY").filter((i) => i.args.includes(`--from=${buildStage?.name}`));
    expect(fromBuild.map((i) => i.args)).toContainEqual(
      expect.stringMatching(/\/app\/node_modules \.\/node_modules$/),
    );
    // The same image compiled the module, so its Node ABI and glibc are the ones it runs on.
    expect(final.image).toBe(buildStage?.image);
    expect(runs(final).filter((run) => /\bnpm (ci|install|i|rebuild)\b/.test(run))).toEqual([]);
    expect(of(final, "ENV").map((i) => i.args)).toContain("NODE_ENV=production");
  });

  it("GIVEN the runtime stage THEN it keeps no compiler", () => {
    const installs = runs(final).filter((run) => run.includes("apt-get install"));
    for (const tool of ["python3", "make", "g++", "gcc", "build-essential"]) {
      expect(installs.join(" ").split(/\s+/), tool).not.toContain(tool);
    }
  });

  it("GIVEN the state store THEN RDP_FIX_DATA_DIR is /data, a volume owned by the service's uid", () => {
    expect(of(final, "ENV").map((i) => i.args)).toContain("RDP_FIX_DATA_DIR=/data");
    const uid = of(final, "USER").at(-1)?.args.split(":")[0];
    const owning = runs(final).findIndex(
      (run) => /mkdir -p \/data\b/.test(run) && run.includes(`chown ${uid}`),
    );
    expect(owning, `mkdir -p /data && chown ${uid}:... /data`).toBeGreaterThanOrEqual(0);
    const volume = of(final, "VOLUME").map((i) => i.args);
    expect(volume.some((args) => args === "/data" || /^\[\s*"\/data"\s*\]$/.test(args))).toBe(true);
    // Docker seeds a new named volume from the image, so the owner must be set before VOLUME.
    const volumeAt = final.instructions.findIndex((i) => i.keyword === "VOLUME");
    const chownAt = final.instructions.findIndex((i) => i.keyword === "RUN" && /chown .*\/data/.test(i.args));
    expect(chownAt).toBeLessThan(volumeAt);
  });

  it("GIVEN the runtime stage THEN it has the compiled code from the build stage, the flows and the collector", () => {
    const fromBuild = of(final, "COPY").filter((i) => i.args.includes(`--from=${buildStage?.name}`));
    expect(fromBuild.map((i) => i.args)).toContainEqual(expect.stringMatching(/\/app\/dist \.\/dist$/));
    const sources = contextCopies()
      .filter(({ instruction }) => final.instructions.includes(instruction))
      .map(({ source }) => source);
    expect(sources).toEqual(expect.arrayContaining(["flows", "collector", "package.json"]));
  });

  it("GIVEN the path checks' tools THEN the runtime stage installs each one's Debian package, lean", () => {
    const install = runs(final).find((run) => run.includes("apt-get install")) ?? "";
    for (const debianPackage of Object.values(pathTools)) expect(install).toContain(debianPackage);
    expect(install).toContain("--no-install-recommends");
    expect(install).toMatch(/rm -rf \/var\/lib\/apt\/lists/);
  });

  it("GIVEN the final stage THEN it runs as a non-root user", () => {
    const user = of(final, "USER").at(-1)?.args;
    expect(user).toBeDefined();
    expect(user?.split(":")[0]).not.toMatch(/^(root|0)$/);
  });

  it("GIVEN the final stage THEN a HEALTHCHECK asks /healthz with node itself (slim images have no curl)", () => {
    const [healthcheck] = of(final, "HEALTHCHECK");
    expect(healthcheck?.args).toMatch(/CMD \["node", "-e", ".*\/healthz/);
    expect(healthcheck?.args).toContain("process.env.PORT || 3000");
    expect(of(final, "EXPOSE").map((i) => i.args)).toContain("3000");
  });

  it("GIVEN the entrypoint THEN the container runs the package's bin with `serve`", () => {
    const entrypoint = execForm(of(final, "ENTRYPOINT").at(-1)?.args ?? "[]");
    const cmd = execForm(of(final, "CMD").at(-1)?.args ?? "[]");
    expect(entrypoint).toEqual(["node", packageJson.bin["rdp-fix"]]);
    expect(cmd).toEqual(["serve"]);
  });

  it("GIVEN every file the image copies from the build context THEN it exists and .dockerignore lets it in", () => {
    const ignored = read(".dockerignore")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith("!"));
    for (const { source, instruction } of contextCopies()) {
      expect(existsSync(join(root, source)), `line ${instruction.line}: ${source}`).toBe(true);
      const excludedBy = ignored.find((pattern) => source === pattern || source.startsWith(`${pattern}/`));
      expect(excludedBy, `line ${instruction.line}: ${source}`).toBeUndefined();
    }
  });

  it("GIVEN .dockerignore THEN dependencies, build output, tests and a local .env stay out of the context", () => {
    const ignored = read(".dockerignore").split("\n");
    for (const entry of ["node_modules", "dist", ".git", "test", "bench", "coverage", ".env"]) {
      expect(ignored).toContain(entry);
    }
  });
});
