import type { ObservedFinding } from "../engine/observed-finding.js";
import type { PathToolRunner } from "./path-tool.js";
import type { ProbeStep } from "./probe-report.js";

export type PathCheckName = "loss" | "mtu" | "tracepath";

export interface PathCheckResult {
  step: ProbeStep;
  findings: ObservedFinding[];
}

export interface PathCheckOptions {
  /** A canonical IP literal the probe policy allowed (the `target` of its decision). */
  address: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Stands in for execa, e.g. to run the tool inside a test's network namespace. */
  runTool?: PathToolRunner;
  /** Replaces PATH for the tool lookup. */
  path?: string;
  now?: () => Date;
}
