/**
 * A REST body as discord.js sends it: JSON, or multipart/form-data when files are attached (the message
 * fields then travel as the `payload_json` part). Undefined body when there is none.
 */
export async function parseRequestBody(
  contentType: string | undefined,
  raw: Buffer,
): Promise<{ body: unknown; files: string[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType?.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
    const payload = form.get("payload_json");
    const files = [...form.values()].flatMap((value) => (value instanceof File ? [value.name] : []));
    return { body: typeof payload === "string" ? JSON.parse(payload) : undefined, files };
  }
  return { body: JSON.parse(raw.toString("utf8")), files: [] };
}
