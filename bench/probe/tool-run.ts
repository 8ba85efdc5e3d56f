import type { ToolAnswers } from "./bench-facts.js";

/** rdp-fix's whole probe, rdp-fix's endpoint probe alone, and the peers a user would reach for. */
export type ToolName = "rdp-fix" | "rdp-fix endpoint" | "nmap" | "sslscan";

export interface ToolRun {
  tool: ToolName;
  /** Wall-clock milliseconds: in process for rdp-fix, the whole process for a peer. */
  ms: number;
  /** How it ended: "done", "exit 1", "timed out after 60 s"... */
  ended: string;
  answers: ToolAnswers;
  /** What the answers were read from: a peer's stdout, rdp-fix's steps. */
  raw: unknown;
}
