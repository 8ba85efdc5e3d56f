import type { PathCheckOptions } from "./path-check-result.js";
import type { PathToolOptions } from "./path-tool.js";

/** The run options a check passes on, leaving out what the caller did not set (exactOptionalPropertyTypes). */
export function pathToolOptions(options: PathCheckOptions, timeoutMs: number): PathToolOptions {
  return {
    timeoutMs: options.timeoutMs ?? timeoutMs,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.path === undefined ? {} : { path: options.path }),
  };
}
