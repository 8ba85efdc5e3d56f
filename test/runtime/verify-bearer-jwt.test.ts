import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenIdSigningKeys } from "../../src/runtime/openid-signing-keys.js";
import { verifyBearerJwt } from "../../src/runtime/verify-bearer-jwt.js";
import { botConnectorIssuer, signBotConnectorToken } from "../support/teams/bot-connector-signer.js";
import { type FakeMicrosoft, startFakeMicrosoft } from "../support/teams/fake-microsoft.js";
import { teamsIds } from "../support/teams/teams-activities.js";

// An OpenID provider on loopback (the Teams stand-in is one: metadata, JWKS, a key made at test time).
let provider: FakeMicrosoft;
beforeAll(async () => {
  provider = await startFakeMicrosoft({ clientSecret: "s" });
});
afterAll(() => provider.close());

const audience = teamsIds.clientId;
const check = (keyRule?: Parameters<typeof verifyBearerJwt<"refused-key">>[1]["keyRule"]) => ({
  keys: createOpenIdSigningKeys({ openIdMetadataUrl: provider.openIdMetadataUrl }),
  issuer: botConnectorIssuer,
  audience,
  leewaySeconds: 60,
  ...(keyRule ? { keyRule } : {}),
});
const key = () => provider.keys[0] as NonNullable<(typeof provider.keys)[0]>;
const bearer = (token: string) => `Bearer ${token}`;

describe("verifyBearerJwt: a bearer JWT checked by jose against an OpenID provider's published keys", () => {
  it("GIVEN a token signed by a published key THEN accepted, with its claims and the token itself", async () => {
    const token = await signBotConnectorToken(key(), { aud: audience, serviceurl: "https://example.test/" });
    const verdict = await verifyBearerJwt(bearer(token), check());
    expect(verdict).toMatchObject({
      ok: true,
      token,
      claims: { aud: audience, serviceurl: "https://example.test/" },
    });
  });

  it("GIVEN an HS256 token naming a published kid THEN refused before any key is used as a secret", async () => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256", kid: key().kid })
      .setIssuer(botConnectorIssuer)
      .setAudience(audience)
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("a shared secret anyone could pick"));
    expect(await verifyBearerJwt(bearer(token), check())).toMatchObject({
      ok: false,
      reason: "malformed-token",
    });
  });

  it("GIVEN a token with no kid, or with no expiry THEN malformed-token", async () => {
    const noKid = await new SignJWT({})
      .setProtectedHeader({ alg: "RS256" })
      .setIssuer(botConnectorIssuer)
      .setAudience(audience)
      .setExpirationTime("1h")
      .sign(key().privateKey);
    const noExpiry = await new SignJWT({})
      .setProtectedHeader({ alg: "RS256", kid: key().kid })
      .setIssuer(botConnectorIssuer)
      .setAudience(audience)
      .sign(key().privateKey);
    expect(await verifyBearerJwt(bearer(noKid), check())).toMatchObject({ reason: "malformed-token" });
    expect(await verifyBearerJwt(bearer(noExpiry), check())).toMatchObject({ reason: "malformed-token" });
  });

  it("GIVEN a key rule that refuses the signing key THEN the rule's reason, whatever the signature", async () => {
    const token = await signBotConnectorToken(key(), { aud: audience });
    const refuseAll = () => ({ reason: "refused-key" as const, detail: "not for us" });
    expect(await verifyBearerJwt(bearer(token), check(refuseAll))).toEqual({
      ok: false,
      reason: "refused-key",
      detail: "not for us",
    });
  });

  it("GIVEN a header that is not a Bearer JWT THEN no-token", async () => {
    for (const header of [undefined, "", "Basic dXNlcjpwYXNz", "Bearer not-a-jwt"])
      expect(await verifyBearerJwt(header, check())).toMatchObject({ ok: false, reason: "no-token" });
  });
});
