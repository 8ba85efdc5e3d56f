import { z } from "zod";

/** One published signing key as the JWKS serves it: every member kept, a provider's own ones included. */
export type PublishedKey = Readonly<Record<string, unknown>> & { readonly kid: string };

export type KeyLookup =
  | { kind: "found"; jwk: PublishedKey }
  | { kind: "unknown-kid" }
  | { kind: "unavailable"; reason: string };

export interface OpenIdSigningKeysOptions {
  openIdMetadataUrl: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** Unknown kids refresh the keys at most this often, so forged kids cannot hammer the metadata. */
  refreshCooldownMs?: number;
  /** Keys are re-read after this long even when every kid is known (providers roll them). */
  maxAgeMs?: number;
}

const failureRetryMs = 5_000;
const metadataShape = z.object({ jwks_uri: z.url({ protocol: /^https?$/ }) });
const keysShape = z.object({ keys: z.array(z.looseObject({ kid: z.string().optional() })) });

/**
 * The keys an OpenID provider signs its tokens with: read from its metadata's `jwks_uri`, cached, and read
 * again (metadata first, in case the keys moved) when a token names a kid the cache does not hold, at most
 * once per cooldown. Our own clock rather than jose's remote key set, whose clock is the wall's and which
 * never re-reads the metadata. Never throws: unreachable or garbled metadata is `unavailable`.
 */
export function createOpenIdSigningKeys(options: OpenIdSigningKeysOptions) {
  const get = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const cooldown = options.refreshCooldownMs ?? 60_000;
  const maxAge = options.maxAgeMs ?? 24 * 3_600_000;
  let cache: { keys: Map<string, PublishedKey>; at: number } | undefined;
  let loading: Promise<void> | undefined;
  let lastKidRefresh = Number.NEGATIVE_INFINITY;
  let lastFailure: { at: number; problem: string } | undefined;

  const readJson = async (url: string): Promise<unknown> => {
    const response = await get(url, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    return response.json();
  };
  const load = async (): Promise<void> => {
    try {
      const metadata = metadataShape.parse(await readJson(options.openIdMetadataUrl));
      const { keys } = keysShape.parse(await readJson(metadata.jwks_uri));
      const usable = keys.filter((key): key is PublishedKey => typeof key.kid === "string");
      cache = { keys: new Map(usable.map((key) => [key.kid, key])), at: now() };
      lastFailure = undefined;
    } catch (error) {
      lastFailure = { at: now(), problem: error instanceof Error ? error.message : String(error) };
    }
  };
  // One load at a time: a burst of requests with a new kid costs one round trip, not one each.
  const reload = (): Promise<void> => {
    loading ??= load().finally(() => {
      loading = undefined;
    });
    return loading;
  };

  return {
    async find(kid: string): Promise<KeyLookup> {
      // While the metadata is failing, try again at most every few seconds (stale keys keep serving).
      const retrying = lastFailure !== undefined && now() - lastFailure.at < failureRetryMs;
      if ((cache === undefined || now() - cache.at >= maxAge) && !retrying) await reload();
      if (cache === undefined) return { kind: "unavailable", reason: lastFailure?.problem ?? "no keys" };
      const known = cache.keys.get(kid);
      if (known) return { kind: "found", jwk: known };
      if (now() - lastKidRefresh < cooldown) return { kind: "unknown-kid" };
      lastKidRefresh = now();
      await reload();
      const refreshed = cache.keys.get(kid);
      return refreshed ? { kind: "found", jwk: refreshed } : { kind: "unknown-kid" };
    },
  };
}

export type OpenIdSigningKeys = ReturnType<typeof createOpenIdSigningKeys>;
