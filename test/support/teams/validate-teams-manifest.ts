import { readFileSync } from "node:fs";
import { join } from "node:path";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";

// Both are CommonJS packages whose default export is `exports.default`; under NodeNext that is one level down.
const AjvDraft04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

const schemaPath = join(
  import.meta.dirname,
  "../../../schemas/vendor/teams/MicrosoftTeams.v1.25.schema.json",
);

/**
 * Validates a manifest against Microsoft's official Teams manifest JSON Schema (draft-04, vendored from the
 * npm package @microsoft/app-manifest: see schemas/vendor/teams/README.md), formats included. Returns the
 * errors as "path: message" lines; none means valid.
 */
export function validateTeamsManifest(manifest: unknown): string[] {
  const ajv = new AjvDraft04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")) as object);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? e.keyword}`);
}
