import { defaultFlowDir } from "../../src/flow/default-flow-dir.js";
import { loadDefaultFlow } from "../../src/flow/load-default-flow.js";
import { renderAccuracyReport } from "./render-accuracy-report.js";
import { renderFreshReport } from "./render-fresh-report.js";
import { renderTextReport } from "./render-text-report.js";
import { reports } from "./reports/index.js";
import { runAccuracy, runTextAccuracy } from "./run-accuracy.js";
import { situations } from "./situations/index.js";

// npm run bench:accuracy: how often the shipped flow and engine put the true cause first, on situations
// written from ../shared/knowledge/rdp-errors.md, given all facts at once and as a conversation where an
// oracle answers only from the facts. It measures; it never fails on the targets.
const flow = await loadDefaultFlow(defaultFlowDir());
console.log(
  `flow ${flow.id} v${flow.version}: ${flow.causes.length} causes, ${flow.questions.length} questions`,
);
const sparse = situations.filter((s) => s.sparse).length;
const fresh = situations.filter((s) => s.fresh).length;
const freshPosts = reports.filter((r) => r.fresh).length;
console.log(
  `${situations.length} situations (${sparse} sparse, ${fresh} fresh), ` +
    `${reports.length} free-text reports (${freshPosts} fresh)\n`,
);
const results = runAccuracy(flow, situations);
const texts = runTextAccuracy(flow, reports);
for (const line of renderAccuracyReport(results)) console.log(line);
console.log("");
for (const line of renderTextReport(results, texts)) console.log(line);
console.log("");
for (const line of renderFreshReport(results, texts)) console.log(line);
