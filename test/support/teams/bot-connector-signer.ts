import { type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";

/** The issuer of every token the Bot Connector service sends to a bot (Bot Framework's public cloud). */
export const botConnectorIssuer = "https://api.botframework.com";

export interface SigningKey {
  kid: string;
  /** The public half as the JWKS serves it, with its endorsements. */
  jwk: JWK & { kid: string; endorsements: string[] };
  privateKey: CryptoKey;
}

/** An RSA key made at test time, endorsed for `msteams` unless the test says otherwise. */
export async function makeSigningKey(kid: string, endorsements: string[] = ["msteams"]): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, use: "sig", endorsements };
  return { kid, jwk, privateKey };
}

export interface TokenClaims {
  /** Defaults to the bot's client id, as the Bot Connector sets it. */
  aud?: string;
  iss?: string;
  serviceurl?: string;
  /** Seconds since the epoch; defaults to now + 1 hour. */
  exp?: number;
  nbf?: number;
}

/**
 * A bearer token as the Bot Connector signs it for one activity: RS256 with the key's `kid`, issuer
 * api.botframework.com, audience the bot's client id, a `serviceurl` claim naming where replies go.
 */
export async function signBotConnectorToken(
  key: Pick<SigningKey, "kid" | "privateKey">,
  claims: TokenClaims & { aud: string },
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ ...(claims.serviceurl === undefined ? {} : { serviceurl: claims.serviceurl }) })
    .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
    .setIssuer(claims.iss ?? botConnectorIssuer)
    .setAudience(claims.aud)
    .setIssuedAt(now - 5)
    .setNotBefore(claims.nbf ?? now - 5)
    .setExpirationTime(claims.exp ?? now + 3600);
  return jwt.sign(key.privateKey);
}
