import { z } from "zod";

/** One probe step as `probe --json` and `--jsonl` progress lines carry it. */
export const probeStepJsonSchema = z.object({
  step: z.enum(["dns", "tcp", "x224", "tls", "certificate", "ntlm", "udp", "path"]),
  address: z.string().optional(),
  status: z.enum(["ok", "failed", "inconclusive", "not-checked", "denied"]),
  summary: z.string().describe('one line a person reads, e.g. "TCP 3389 open in 3 ms"'),
  durationMs: z.number().min(0),
  data: z
    .record(z.string(), z.unknown())
    .optional()
    .describe("raw facts: selected protocol, TLS versions..."),
});

/** The contract of `rdp-fix probe --json`; schemas/probe.schema.json is generated from it. */
export const probeJsonSchema = z.object({
  schemaVersion: z.literal(1),
  host: z.string(),
  port: z.number().int().min(1).max(65535),
  addresses: z.array(z.string()),
  steps: z.array(probeStepJsonSchema),
  findings: z.array(
    z.object({
      id: z.string(),
      detail: z.string().optional(),
      address: z.string().optional(),
      at: z.string(),
    }),
  ),
  startedAt: z.string(),
  durationMs: z.number().min(0),
});
