import type { StateStore } from "../state/state-store.js";

/** The part of the store a chat sender needs to offer Resume after a message was lost for good. */
export type UndeliveredMarks = Pick<StateStore, "markUndelivered" | "takeUndelivered">;
