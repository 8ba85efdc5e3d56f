/** Fields the WebClient JSON-encodes inside a form body; everything else stays the string it sent. */
const jsonEncodedFields = new Set(["blocks", "attachments", "metadata"]);

/**
 * Decodes a Web API request body the way Slack does: `application/json` or form-encoded (what the
 * WebClient actually sends, with `blocks` etc. as JSON strings). A malformed JSON field stays a string so
 * the test sees what the bot sent instead of a parse error inside the fake.
 */
export function parseApiBody(contentType: string | undefined, raw: string): Record<string, unknown> {
  if (raw === "") return {};
  if (contentType?.startsWith("application/json")) {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  }
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = jsonEncodedFields.has(key) ? parseOrKeep(value) : value;
  }
  return body;
}

function parseOrKeep(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** The token the caller used: the Bearer header the WebClient sends, or a `token` body field. */
export function callerToken(
  authorization: string | undefined,
  body: Record<string, unknown>,
): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  if (bearer !== undefined) return bearer;
  return typeof body.token === "string" ? body.token : undefined;
}
