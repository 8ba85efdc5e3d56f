import { defaultFlowDir } from "../../src/flow/default-flow-dir.js";
import { loadDefaultFlow } from "../../src/flow/load-default-flow.js";
import { renderAccuracyReport } from "./render-accuracy-report.js";
import { runAccuracy } from "./run-accuracy.js";
import { situations } from "./situations/index.js";

// npm run bench:accuracy: how often the shipped flow and engine put the true cause first, on situations
// written from ../shared/knowledge/rdp-errors.md, given all facts at once and as a conversation where an
// oracle answers only from the facts. It measures; it never fails on the targets.
const flow = await loadDefaultFlow(defaultFlowDir());
console.log(
  `flow ${flow.id} v${flow.version}: ${flow.causes.length} causes, ${flow.questions.length} questions`,
);
console.log(`${situations.length} situations\n`);
for (const line of renderAccuracyReport(runAccuracy(flow, situations))) console.log(line);
