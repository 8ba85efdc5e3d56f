import { randomUUID } from "node:crypto";
import type { StepContext } from "../../src/engine/index.js";

/** The engine's clock and id source, read at the moment of the step as the runtime does. */
export function stepContext(): StepContext {
  return { now: new Date().toISOString(), newId: randomUUID };
}
