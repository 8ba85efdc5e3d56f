import type { ServerFindingId } from "./server-finding-ids.js";

/** One finding the report supports, before it is stamped with the report's time: a `server.*` id and the fact. */
export interface ServerFact {
  id: ServerFindingId;
  detail: string;
}
