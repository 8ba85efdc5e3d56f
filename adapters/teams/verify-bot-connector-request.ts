import type { OpenIdSigningKeys, PublishedKey } from "../../src/runtime/openid-signing-keys.js";
import { type JwtAccepted, type JwtRefusal, verifyBearerJwt } from "../../src/runtime/verify-bearer-jwt.js";
import type { TeamsConfig } from "./read-teams-config.js";

/** Teams' own reasons for a 401, beside the token's (verify-bearer-jwt.ts). */
type TeamsRefusalReason = "not-endorsed" | "service-url-mismatch" | "no-tenant" | "tenant-not-allowed";
export type RequestVerdict = (JwtAccepted & { tenantId: string }) | JwtRefusal<TeamsRefusalReason>;
export type RefusalReason = JwtRefusal<TeamsRefusalReason>["reason"];

/** Only keys Microsoft endorsed for Teams may sign Teams traffic (a Skype or Web Chat key may not). */
const endorsement = "msteams";
const endorsedForTeams = (jwk: PublishedKey) =>
  Array.isArray(jwk.endorsements) && jwk.endorsements.includes(endorsement)
    ? undefined
    : { reason: "not-endorsed" as const, detail: `the signing key is not endorsed for ${endorsement}` };

/**
 * The check of every request to this app, as Bot Framework's channel authentication prescribes: an RS256
 * token signed by a key of the OpenID metadata (`keys`) that is endorsed for msteams, issuer
 * api.botframework.com, audience exactly our client id, inside its validity (Bot Framework tokens live an
 * hour, so a minute of leeway costs nothing), whose `serviceurl` claim is the activity's `serviceUrl`; and the
 * activity's tenant must be one we serve. Never throws.
 */
export function botConnectorVerifier(
  { clientId, tenantIds }: Pick<TeamsConfig, "clientId" | "tenantIds">,
  keys: OpenIdSigningKeys,
) {
  const issuer = "https://api.botframework.com";
  return async (authorization: string | undefined, activity: unknown): Promise<RequestVerdict> => {
    const options = { keys, issuer, audience: clientId, leewaySeconds: 60, keyRule: endorsedForTeams };
    const verdict = await verifyBearerJwt(authorization, options);
    if (!verdict.ok) return verdict;
    const refuse = (reason: TeamsRefusalReason, detail: string) => ({ ok: false as const, reason, detail });
    const body = (typeof activity === "object" && activity !== null ? activity : {}) as ActivityParts;
    if (typeof verdict.claims.serviceurl !== "string" || verdict.claims.serviceurl !== body.serviceUrl)
      return refuse("service-url-mismatch", "the token's serviceurl is not the activity's serviceUrl");
    const tenants = [body.conversation?.tenantId, body.channelData?.tenant?.id].filter(
      (id): id is string => typeof id === "string",
    );
    const [tenantId] = tenants;
    if (tenantId === undefined) return refuse("no-tenant", "the activity names no tenant");
    if (tenants.some((id) => !tenantIds.includes(id)))
      return refuse("tenant-not-allowed", "the activity's tenant is not in TEAMS_TENANT_ID");
    return { ...verdict, tenantId };
  };
}

interface ActivityParts {
  serviceUrl?: unknown;
  conversation?: { tenantId?: unknown };
  channelData?: { tenant?: { id?: unknown } };
}
