import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../adapters/cli/run-cli.js";
import { cliJsonSchemas } from "../../../adapters/cli/schemas/cli-json-schemas.js";
import { diagnosisJsonSchema } from "../../../adapters/cli/schemas/diagnosis-json-schema.js";
import { probeJsonSchema } from "../../../adapters/cli/schemas/probe-json-schema.js";
import { defaultFlowDir } from "../../../src/flow/default-flow-dir.js";
import { loadDefaultFlow } from "../../../src/flow/load-default-flow.js";
import { createProbePolicy } from "../../../src/probes/probe-policy.js";
import { createProbeRunner } from "../../../src/probes/run-probes.js";
import { scriptedTerminal } from "../../support/scripted-terminal.js";
import { unusedLoopbackPort } from "../../support/unused-loopback-port.js";

const root = join(import.meta.dirname, "..", "..", "..");
const flow = await loadDefaultFlow(defaultFlowDir());
const deps = { version: "9.9.9", defaultFlowDir: defaultFlowDir(), loadFlow: async () => flow };

describe("the JSON contract of the command line", () => {
  it.each(Object.entries(cliJsonSchemas()))(
    "GIVEN the zod schemas THEN the committed schemas/%s matches them (run node --import tsx scripts/write-cli-json-schemas.ts)",
    (file, schema) => {
      const committed = JSON.parse(readFileSync(join(root, "schemas", file), "utf8"));
      expect(committed).toEqual(schema);
    },
  );

  it("GIVEN a real diagnose --json with the shipped flow THEN it fits schemas/diagnosis.schema.json", async () => {
    const term = scriptedTerminal();
    const argv = ["diagnose", "192.0.2.10", "--no-probe", "--json", "-a", "error-shown=code-0x904"];
    expect(await runCli(argv, term.io, deps)).toBe(0);
    const output = JSON.parse(term.stdout);
    expect(diagnosisJsonSchema.safeParse(output).error).toBeUndefined();
    expect(output.schemaVersion).toBe(1);
  });

  it("GIVEN a real probe --json of a closed loopback port THEN it fits schemas/probe.schema.json", async () => {
    const port = await unusedLoopbackPort();
    const policy = createProbePolicy({
      allowedCidrs: ["127.0.0.1/32"],
      allowedHostnames: [],
      allowedPorts: [port],
    });
    const term = scriptedTerminal();
    const probeDeps = { ...deps, createRunProbes: () => createProbeRunner({ policy, budgetMs: 2_000 }) };
    expect(await runCli(["probe", "127.0.0.1", "--port", String(port), "--json"], term.io, probeDeps)).toBe(
      0,
    );
    const output = JSON.parse(term.stdout);
    expect(probeJsonSchema.safeParse(output).error).toBeUndefined();
    expect(output).toMatchObject({ schemaVersion: 1, host: "127.0.0.1", port });
  });
});
