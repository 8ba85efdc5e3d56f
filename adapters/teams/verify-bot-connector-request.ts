import { decodeProtectedHeader, errors, importJWK, type JWTPayload, jwtVerify } from "jose";
import type { BotConnectorKeys } from "./bot-connector-keys.js";

/** Why a request to /api/messages was refused; each one is answered 401 before anything runs. */
export type RefusalReason =
  | "no-token"
  | "malformed-token"
  | "keys-unavailable"
  | "unknown-key"
  | "not-endorsed"
  | "bad-signature"
  | "wrong-issuer"
  | "wrong-audience"
  | "expired"
  | "not-yet-valid"
  | "service-url-mismatch"
  | "no-tenant"
  | "tenant-not-allowed";

export type RequestVerdict =
  | { ok: true; claims: JWTPayload; tenantId: string }
  | { ok: false; reason: RefusalReason; detail: string };

export interface VerifyRequestOptions {
  clientId: string;
  tenantIds: readonly string[];
  keys: BotConnectorKeys;
  issuer?: string;
  now?: () => number;
}

/** Clocks drift a little; Bot Framework tokens live an hour, so a minute of leeway costs nothing. */
const leewaySeconds = 60;
/** Only keys Microsoft endorsed for Teams may sign Teams traffic (a Skype or Web Chat key may not). */
const endorsement = "msteams";

/**
 * Checks one request as Bot Framework's channel authentication prescribes: an RS256 token signed by a key of
 * the OpenID metadata that is endorsed for msteams, issuer api.botframework.com, audience exactly our client
 * id, inside its validity (with leeway), whose `serviceurl` claim is the activity's `serviceUrl`; and the
 * activity's tenant must be one we serve. Never throws.
 */
export async function verifyBotConnectorRequest(
  authorization: string | undefined,
  activity: unknown,
  options: VerifyRequestOptions,
): Promise<RequestVerdict> {
  const refuse = (reason: RefusalReason, detail: string): RequestVerdict => ({ ok: false, reason, detail });
  const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(authorization ?? "")?.[1];
  if (token === undefined) return refuse("no-token", "no Bearer token in the Authorization header");
  let kid: string | undefined;
  try {
    const header = decodeProtectedHeader(token);
    if (header.alg !== "RS256") return refuse("malformed-token", `alg ${String(header.alg)} is not RS256`);
    kid = header.kid;
  } catch {
    return refuse("malformed-token", "the token header is not readable");
  }
  if (kid === undefined) return refuse("malformed-token", "the token names no kid");
  const lookup = await options.keys.find(kid);
  if (lookup.kind === "unavailable") return refuse("keys-unavailable", lookup.reason);
  if (lookup.kind === "unknown-kid") return refuse("unknown-key", "no published key has this kid");
  if (!lookup.key.endorsements.includes(endorsement))
    return refuse("not-endorsed", `the signing key is not endorsed for ${endorsement}`);

  let claims: JWTPayload;
  try {
    const key = await importJWK({ kty: "RSA", n: lookup.key.n, e: lookup.key.e }, "RS256");
    ({ payload: claims } = await jwtVerify(token, key, {
      algorithms: ["RS256"],
      issuer: options.issuer ?? "https://api.botframework.com",
      audience: options.clientId,
      clockTolerance: leewaySeconds,
      requiredClaims: ["exp"],
      currentDate: new Date((options.now ?? Date.now)()),
    }));
  } catch (error) {
    return refuse(...joseRefusal(error));
  }

  const body = (typeof activity === "object" && activity !== null ? activity : {}) as ActivityParts;
  if (typeof claims.serviceurl !== "string" || claims.serviceurl !== body.serviceUrl)
    return refuse("service-url-mismatch", "the token's serviceurl is not the activity's serviceUrl");
  const tenants = [body.conversation?.tenantId, body.channelData?.tenant?.id].filter(
    (id): id is string => typeof id === "string",
  );
  const [tenantId] = tenants;
  if (tenantId === undefined) return refuse("no-tenant", "the activity names no tenant");
  if (tenants.some((id) => !options.tenantIds.includes(id)))
    return refuse("tenant-not-allowed", "the activity's tenant is not in TEAMS_TENANT_ID");
  return { ok: true, claims, tenantId };
}

interface ActivityParts {
  serviceUrl?: unknown;
  conversation?: { tenantId?: unknown };
  channelData?: { tenant?: { id?: unknown } };
}

function joseRefusal(error: unknown): [RefusalReason, string] {
  if (error instanceof errors.JWTExpired) return ["expired", "the token has expired"];
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "iss") return ["wrong-issuer", "the token's issuer is not Bot Framework"];
    if (error.claim === "aud") return ["wrong-audience", "the token is not for this bot"];
    if (error.claim === "nbf") return ["not-yet-valid", "the token is not valid yet"];
    return ["malformed-token", `the token's ${error.claim} claim is not acceptable`];
  }
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return ["bad-signature", "the signature does not match the key"];
  return ["malformed-token", "the token is not a valid JWT"];
}
