import type { ToolAnswers } from "./bench-facts.js";

/**
 * rdp-fix's whole probe, rdp-fix's endpoint probe alone, rdp-fix's Prometheus exporter (one scrape of
 * GET /probe), and the peers a user would reach for.
 */
export type ToolName = "rdp-fix" | "rdp-fix endpoint" | "rdp-fix exporter" | "nmap" | "sslscan";

export interface ToolRun {
  tool: ToolName;
  /** Wall-clock milliseconds: in process for rdp-fix, the HTTP request for a scrape, the whole process for a peer. */
  ms: number;
  /** How it ended: "done", "exit 1", "timed out after 60 s"... */
  ended: string;
  answers: ToolAnswers;
  /** What the answers were read from: a peer's stdout, rdp-fix's steps. */
  raw: unknown;
}
