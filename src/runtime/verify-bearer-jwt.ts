import {
  type CryptoKey,
  errors,
  importJWK,
  type JWK,
  type JWSHeaderParameters,
  type JWTPayload,
  jwtVerify,
} from "jose";
import type { OpenIdSigningKeys, PublishedKey } from "./openid-signing-keys.js";

/** Why a bearer token was refused; a key rule of the caller's may add its own reason. */
export type JwtRefusalReason =
  | "no-token"
  | "malformed-token"
  | "keys-unavailable"
  | "unknown-key"
  | "bad-signature"
  | "wrong-issuer"
  | "wrong-audience"
  | "expired"
  | "not-yet-valid";

export type JwtAccepted = { ok: true; token: string; claims: JWTPayload };
export type JwtRefusal<R extends string> = { ok: false; reason: JwtRefusalReason | R; detail: string };
export type JwtVerdict<R extends string> = JwtAccepted | JwtRefusal<R>;

export interface BearerJwtCheck<R extends string> {
  keys: OpenIdSigningKeys;
  issuer: string;
  audience: string;
  /** Clocks drift: a token this many seconds past its expiry (or before its start) still passes. */
  leewaySeconds: number;
  /** What the signing key itself must be, beyond published (e.g. a provider's own JWK member): a refusal or undefined. */
  keyRule?: (jwk: PublishedKey) => { reason: R; detail: string } | undefined;
  now?: () => number;
}

/** A refusal found while choosing the key, carried out of jose's key callback. */
class KeyRefusal extends Error {
  constructor(readonly refusal: { reason: string; detail: string }) {
    super(refusal.detail);
  }
}

/** Keys imported once per published JWK object (a reload makes new objects, so a rolled key is imported anew). */
const imported = new WeakMap<PublishedKey, Promise<CryptoKey | Uint8Array>>();

/**
 * Checks an `Authorization: Bearer` JWT with jose: RS256 only, signed by a key the OpenID metadata publishes
 * (and the caller's key rule allows), the issuer and exactly the audience given, inside its validity with
 * leeway, `exp` required. Never throws: every failure is a refusal with a reason and a detail for the log.
 */
export async function verifyBearerJwt<R extends string = never>(
  authorization: string | undefined,
  check: BearerJwtCheck<R>,
): Promise<JwtVerdict<R>> {
  const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(authorization ?? "")?.[1];
  if (token === undefined)
    return { ok: false, reason: "no-token", detail: "no Bearer token in the Authorization header" };
  const refuse = (reason: JwtRefusalReason | R, detail: string): never => {
    throw new KeyRefusal({ reason, detail });
  };
  const keyFor = async ({ kid, alg }: JWSHeaderParameters) => {
    if (kid === undefined) return refuse("malformed-token", "the token names no kid");
    const lookup = await check.keys.find(kid);
    if (lookup.kind === "unavailable") return refuse("keys-unavailable", lookup.reason);
    if (lookup.kind === "unknown-kid") return refuse("unknown-key", "no published key has this kid");
    const ruled = check.keyRule?.(lookup.jwk);
    if (ruled !== undefined) return refuse(ruled.reason, ruled.detail);
    let key = imported.get(lookup.jwk);
    if (key === undefined) {
      key = importJWK(lookup.jwk as JWK, alg);
      imported.set(lookup.jwk, key);
    }
    return key.catch(() => refuse("keys-unavailable", "the published key cannot be used"));
  };
  try {
    const { payload } = await jwtVerify(token, keyFor, {
      algorithms: ["RS256"],
      issuer: check.issuer,
      audience: check.audience,
      clockTolerance: check.leewaySeconds,
      requiredClaims: ["exp"],
      currentDate: new Date((check.now ?? Date.now)()),
    });
    return { ok: true, token, claims: payload };
  } catch (error) {
    const [reason, detail] = joseRefusal<R>(error);
    return { ok: false, reason, detail };
  }
}

function joseRefusal<R extends string>(error: unknown): [JwtRefusalReason | R, string] {
  if (error instanceof KeyRefusal)
    return [error.refusal.reason as JwtRefusalReason | R, error.refusal.detail];
  if (error instanceof errors.JWTExpired) return ["expired", "the token has expired"];
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "iss") return ["wrong-issuer", "the token's issuer is not the one expected"];
    if (error.claim === "aud") return ["wrong-audience", "the token is not for this app"];
    if (error.claim === "nbf") return ["not-yet-valid", "the token is not valid yet"];
    return ["malformed-token", `the token's ${error.claim} claim is not acceptable`];
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return ["malformed-token", "the token is not signed RS256"];
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return ["bad-signature", "the signature does not match the key"];
  return ["malformed-token", "the token is not a valid JWT"];
}
