import parsePrometheusTextFormat from "parse-prometheus-text-format";

/** One sample of a scrape, read by a Prometheus text-format parser (not by matching lines). */
export interface PrometheusSample {
  name: string;
  type: string;
  labels: Record<string, string>;
  value: number;
}

/** Every sample of a Prometheus text page; throws if the page is not the text format. */
export function prometheusSamples(text: string): PrometheusSample[] {
  return parsePrometheusTextFormat(text).flatMap((family) =>
    family.metrics.map((sample) => ({
      name: family.name,
      type: family.type,
      labels: sample.labels ?? {},
      value: Number(sample.value),
    })),
  );
}

/** The value of the sample named `name` whose labels include `labels`; undefined when there is none. */
export function sampleValue(
  samples: readonly PrometheusSample[],
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  return samples.find(
    (s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value),
  )?.value;
}
