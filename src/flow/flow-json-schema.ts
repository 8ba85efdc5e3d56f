import { z } from "zod";
import { flowSchema } from "./flow-schema.js";

/** The JSON Schema editors use for flows/*.yaml, generated from the same zod schema the loader runs. */
export function flowJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(flowSchema, { io: "input", unrepresentable: "any" }),
    $id: "https://rdp-fix.dev/schemas/flow.schema.json",
    title: "rdp-fix diagnostic flow",
  };
}
