/**
 * Matches "POST /channels/:channelId/messages" (method "*" for any) against a request's method and
 * decoded path, returning the `:named` segments, or undefined when it does not match.
 */
export function matchRoute(
  pattern: string,
  method: string,
  path: string,
): Record<string, string> | undefined {
  const [patternMethod = "", patternPath = ""] = pattern.split(" ");
  if (patternMethod !== "*" && patternMethod !== method) return undefined;
  const want = patternPath.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const actual = got[index] ?? "";
    if (segment.startsWith(":")) params[segment.slice(1)] = actual;
    else if (segment !== actual) return undefined;
  }
  return params;
}
