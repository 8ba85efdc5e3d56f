/** Why a pasted report cannot be used; each kind has its own error code and advice. */
export type ServerReportProblemKind =
  | "garbled"
  | "truncated"
  | "too-large"
  | "wrong-version"
  | "tampered"
  | "invalid";

export interface ServerReportProblem {
  kind: ServerReportProblemKind;
  message: string;
}

/** What a person can do about each kind: nearly always "paste the whole line again". */
export const serverReportAdvice: Record<ServerReportProblemKind, string> = {
  garbled: "Paste the single line that starts with RDPFIX1: (or the JSON that -Json prints), nothing else.",
  truncated:
    "The report was cut off: copy the whole RDPFIX1: line again, from RDPFIX1: to its last character.",
  "too-large": "Run the collector again and paste its RDPFIX1: line; it fits in 4,000 characters.",
  "wrong-version": "Run `rdp-fix collector` again to get the collector that matches this rdp-fix.",
  tampered: "The line changed after the collector printed it; copy it again exactly as printed.",
  invalid: "Run the collector that `rdp-fix collector` prints, unchanged, and paste its output.",
};
