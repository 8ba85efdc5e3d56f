import { z } from "zod";
import type { WatchCheckState } from "./detect-watch-alerts.js";

const names = z.array(z.string());
const schema = z.object({
  facts: z.object({
    portOpen: z.boolean(),
    negotiated: z.boolean(),
    protocols: names,
    tlsVersions: names,
    certificate: z
      .object({
        subject: z.string(),
        notBefore: z.string(),
        notAfter: z.string(),
        thumbprintSha1: z.string(),
      })
      .nullable(),
    ntlm: z
      .object({
        computer: z.string().nullable(),
        domain: z.string().nullable(),
        clockOffsetSeconds: z.number().nullable(),
      })
      .nullable(),
    findings: names,
    durationSeconds: z.number(),
  }),
  certificate: z.enum(["none", "cert-expiring", "cert-expired"]),
  portClosed: z.boolean(),
});

/**
 * A watch's stored last result, read back at the boundary. Absent or unreadable (a release that stored
 * something else) counts as no previous check: the next check starts afresh instead of failing.
 */
export function readWatchCheckState(stored: unknown): WatchCheckState | undefined {
  const parsed = schema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}
