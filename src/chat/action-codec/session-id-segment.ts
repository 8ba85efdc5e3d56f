/**
 * The session id as it rides in an id with a length limit and `:` between its parts (Discord's custom_id:
 * 100 characters). Session ids are opaque; today they are UUIDs (36 characters), which such an id can ill
 * afford, so a lowercase UUID travels as `~` + its 16 bytes in base64url (23 characters). Any other id
 * travels as it is, if it is printable ASCII without the `:` separator and does not start with `~`.
 */

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const compact = /^~[A-Za-z0-9_-]{22}$/;
/** Printable ASCII without `:`; a leading `~` is reserved for the compact form. */
const raw = /^[\x21-\x39\x3b-\x7d][\x21-\x39\x3b-\x7e]*$/;

/** The segment for a session id, or undefined when the id cannot travel in a custom_id at all. */
export function encodeSessionSegment(sessionId: string): string | undefined {
  if (uuid.test(sessionId))
    return `~${Buffer.from(sessionId.replaceAll("-", ""), "hex").toString("base64url")}`;
  return raw.test(sessionId) ? sessionId : undefined;
}

export function decodeSessionSegment(segment: string): string | undefined {
  if (compact.test(segment)) {
    const hex = Buffer.from(segment.slice(1), "base64url").toString("hex");
    return hex.length === 32
      ? [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-")
      : undefined;
  }
  return raw.test(segment) ? segment : undefined;
}
