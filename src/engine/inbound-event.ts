import type { ObservedFinding } from "./observed-finding.js";

/**
 * Everything that can happen to a conversation, platform-neutral. Adapters decode platform payloads into
 * these; the runtime turns probe results into `probes-finished`.
 */
export type InboundEvent =
  | {
      kind: "start";
      host: string;
      port?: number;
      /** The free text the user gave with the command, e.g. "0x904 since this morning". */
      text: string;
      user: string;
      conversation: string;
      /** Whether this adapter can run probes at all (false for --no-probe). */
      probing: boolean;
      /** Answers known up front, e.g. from `--answer` on the command line. */
      answers?: Array<{ questionId: string; answerId: string }>;
      /** Set with `probing: false` when probing was refused for this target or person: why, for the reply. */
      probingRefused?: string;
      /**
       * What a recent probe run of this target already saw (a watch's last check, when its alert's Diagnose
       * now starts the conversation): in the session from the start, with `probing: false`.
       */
      observed?: { findings: ObservedFinding[]; summary: string };
    }
  | { kind: "answer"; questionId: string; answerId: string; user: string }
  /** More of the person's own words, at any point: read like the start's `text`, for open questions only. */
  | { kind: "describe"; text: string; user: string }
  /** "Wrong? Change it" on a fact read from the message: forget that reading and ask the question instead. */
  | { kind: "correct-reading"; questionId: string; user: string }
  | { kind: "skip-question"; questionId: string; user: string }
  | { kind: "consent"; allow: boolean; user: string }
  | {
      kind: "probes-finished";
      findings: ObservedFinding[];
      summary: string;
      /** Facts that weigh nothing but that a re-check after a fix compares (the certificate presented...). */
      facts?: ObservedFinding[];
    }
  /**
   * A server report pasted back (or given with --evidence), already parsed into its `server.*` findings; it
   * replaces an earlier report's findings and re-ranks.
   */
  | {
      kind: "server-report";
      findings: ObservedFinding[];
      /** The report's origin in a line: "HOST42 (Windows Server 2019, build 17763), collected 2026-11-21 09:00 UTC". */
      summary: string;
      /** The computer name the report comes from, to warn when it is not the host being diagnosed. */
      computer: string;
      /** The port the server's listener is set to (PortNumber), when the report could read it. */
      listenerPort?: number;
      user: string;
    }
  | { kind: "results-now"; user: string }
  | { kind: "fix-feedback"; causeId: string; fixId: string; outcome: FixOutcome; user: string }
  /** "This is not the cause": sets it aside whatever the evidence says, untried fixes or not. */
  | { kind: "rule-out-cause"; causeId: string; user: string }
  /** "I applied this fix, re-check now": the probes run again under the consent already given. */
  | { kind: "recheck"; causeId: string; fixId: string; user: string }
  | { kind: "show-more"; user: string }
  | { kind: "handoff"; user: string; to?: string }
  | { kind: "resume"; user: string }
  | { kind: "cancel"; user: string };

export type FixOutcome = "worked" | "did-not-help";
export type InboundEventKind = InboundEvent["kind"];
