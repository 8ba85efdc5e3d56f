import { z } from "zod";
import { zodConfigSection } from "./zod-config-section.js";

export interface ExporterSettings {
  /** RDP_FIX_PROBE_ENDPOINT_TOKEN: what /probe requires as `Authorization: Bearer`; absent: open. */
  token?: string;
}

/** The /probe exporter's variables: the token (never logged, never quoted in a problem). */
export const exporterConfigSection = zodConfigSection(
  {
    RDP_FIX_PROBE_ENDPOINT_TOKEN: z
      .string()
      .min(16, "RDP_FIX_PROBE_ENDPOINT_TOKEN must be at least 16 characters (e.g. openssl rand -hex 24)")
      .optional(),
  },
  (values): ExporterSettings =>
    values.RDP_FIX_PROBE_ENDPOINT_TOKEN === undefined ? {} : { token: values.RDP_FIX_PROBE_ENDPOINT_TOKEN },
);
