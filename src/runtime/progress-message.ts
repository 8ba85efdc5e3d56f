import type { ProbeStep } from "../probes/probe-report.js";
import { latestValueThrottle } from "./latest-value-throttle.js";

export interface ProgressMessageOptions<M> {
  host: string;
  render(host: string, steps: readonly ProbeStep[]): M;
  /** Posts the first version; resolves with the message id, or undefined when it could not be posted. */
  post(message: M): Promise<string | undefined>;
  edit(id: string, message: M): Promise<void>;
  intervalMs: number;
}

/**
 * One chat message per probe run that lists the steps so far: posted with the first step, then edited in
 * place, at most once per interval (chat APIs limit edits), always ending on the latest state.
 */
export function progressMessage<M>(options: ProgressMessageOptions<M>) {
  const steps: ProbeStep[] = [];
  let id: string | undefined;
  const throttle = latestValueThrottle(async (rendered: M) => {
    if (id === undefined) id = await options.post(rendered);
    else await options.edit(id, rendered);
  }, options.intervalMs);
  return {
    add(step: ProbeStep): void {
      steps.push(step);
      throttle.push(options.render(options.host, steps));
    },
    flush: throttle.flush,
  };
}

export type ProgressMessage = ReturnType<typeof progressMessage>;
