/** Something that renders metrics as text in a content type (a prom-client `Registry` is one). */
export interface MetricsExposition {
  readonly contentType: string;
  metrics(): Promise<string>;
}

/**
 * GET /metrics, on whichever server answers PORT: 200 with the registry's text; 500 if it cannot render,
 * so a scrape fails visibly instead of recording an empty page.
 */
export async function metricsResponse(
  exposition: MetricsExposition,
): Promise<{ status: number; contentType: string; body: string }> {
  try {
    return { status: 200, contentType: exposition.contentType, body: await exposition.metrics() };
  } catch (error) {
    const body = `metrics unavailable: ${error instanceof Error ? error.message : String(error)}`;
    return { status: 500, contentType: "text/plain", body };
  }
}
