/** Work the engine asks the runtime to do; the result comes back as an event. */
export type Effect =
  | { kind: "run-probes"; sessionId: string; host: string; port: number; requestedBy: string }
  | { kind: "record-outcome"; sessionId: string; causeId: string; fixId: string; solved: boolean };
