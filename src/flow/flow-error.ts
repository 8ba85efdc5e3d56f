import { CodedError } from "../errors/coded-error.js";

export type FlowErrorCode = "FLOW_INVALID" | "FLOW_MISSING";

/** The flow the bot runs is broken or missing: broken setup, fixed by editing flows/ (exit 2). */
export class FlowError extends CodedError<FlowErrorCode> {
  constructor(code: FlowErrorCode, message: string) {
    super(code, message, {
      advice:
        code === "FLOW_INVALID"
          ? "Fix the flow files; `rdp-fix flows check` lists every problem with its location."
          : "Put the connection flow (flows/rdp-connection.yaml) back in the flow directory.",
    });
  }
}
