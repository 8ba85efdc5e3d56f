import type { DiagnosisReply } from "../../src/engine/index.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";

type Finding = DiagnosisReply["findings"][number];

/** What the probes saw, one line each: `tcp.open` [10.0.0.5]: 3 of 3 connections opened. */
export function renderSlackFindings(findings: readonly Finding[], withTime = false): string[] {
  return findings.map((f) => {
    const at = withTime ? `${formatSlackTime(f.at)} ` : "";
    const where = f.address ? ` [${escapeMrkdwn(f.address)}]` : "";
    return `• ${at}\`${escapeMrkdwn(f.id)}\`${where}: ${escapeMrkdwn(f.detail ?? f.explanation)}`;
  });
}

/** An ISO instant as a compact UTC time: 2026-11-21 09:00:05Z. */
export function formatSlackTime(iso: string): string {
  return escapeMrkdwn(iso.replace("T", " ").replace(/\.\d+Z$/, "Z"));
}
