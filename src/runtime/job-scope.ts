import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Which job the code running now works for. Every callback a job's run schedules (timers, socket events,
 * promise reactions) inherits it, so an error that escapes to the process from one of them still names its
 * job: that is how the last resort settles the job that failed and leaves the others alone.
 */
const scope = new AsyncLocalStorage<string>();

export function runInJobScope<T>(jobId: string, work: () => T): T {
  return scope.run(jobId, work);
}

/** Work done on behalf of the whole process (settling a crashed job), so its own errors name no job. */
export function runOutsideJobScope<T>(work: () => T): T {
  return scope.exit(work);
}

export function currentJobId(): string | undefined {
  return scope.getStore();
}
