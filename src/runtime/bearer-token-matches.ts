import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Whether an Authorization header carries `Bearer <token>`, compared in constant time: both sides are hashed
 * first, so neither the token's length nor its first differing byte shows in how long a refusal takes.
 */
export function bearerTokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer +(.+)$/i.exec(header?.trim() ?? "");
  const offered = createHash("sha256")
    .update(match?.[1] ?? "")
    .digest();
  const expected = createHash("sha256").update(token).digest();
  return timingSafeEqual(offered, expected) && match !== null;
}
