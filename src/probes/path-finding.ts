import type { ObservedFinding } from "../engine/observed-finding.js";
import type { FindingId } from "./finding-ids.js";

/** A path finding about one address; the id is checked against the finding vocabulary. */
export function pathFinding(
  id: FindingId,
  detail: string,
  address: string,
  now?: () => Date,
): ObservedFinding {
  return { id, detail, address, at: (now ?? (() => new Date()))().toISOString() };
}
