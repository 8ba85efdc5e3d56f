import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultFlowDir } from "../../../src/flow/default-flow-dir.js";
import { loadDefaultFlow } from "../../../src/flow/load-default-flow.js";

const readme = readFileSync(join(import.meta.dirname, "..", "..", "..", "README.md"), "utf8");
const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

describe("README", () => {
  it("GIVEN the shipped flow's question limit THEN the README's 'at most N questions' says the same", async () => {
    const flow = await loadDefaultFlow(defaultFlowDir());
    const said = /after at most (\w+)\s+answered\s+questions/.exec(readme)?.[1];
    expect(said).toBe(words[flow.stopping.maxQuestions] ?? String(flow.stopping.maxQuestions));
    const asks = /(\w+) asked at most, `stopping\.maxAsks`/.exec(readme)?.[1];
    const maxAsks = flow.stopping.maxAsks ?? flow.stopping.maxQuestions + 2;
    expect(asks).toBe(words[maxAsks] ?? String(maxAsks));
  });
});
