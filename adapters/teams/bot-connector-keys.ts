import { z } from "zod";

/** One signing key as the Bot Framework JWKS lists it; `endorsements` names the channels it may sign for. */
export interface BotConnectorKey {
  kty: "RSA";
  kid: string;
  n: string;
  e: string;
  endorsements: readonly string[];
}

export type KeyLookup =
  | { kind: "found"; key: BotConnectorKey }
  | { kind: "unknown-kid" }
  | { kind: "unavailable"; reason: string };

export interface BotConnectorKeysOptions {
  openIdMetadataUrl: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** Unknown kids refresh the keys at most this often, so forged kids cannot hammer the metadata. */
  refreshCooldownMs?: number;
  /** Keys are re-read after this long even when every kid is known (Microsoft rolls them). */
  maxAgeMs?: number;
}

const failureRetryMs = 5_000;
const metadataShape = z.object({ jwks_uri: z.url({ protocol: /^https?$/ }) });
const keysShape = z.object({
  keys: z.array(
    z.looseObject({
      kty: z.string(),
      kid: z.string().optional(),
      n: z.string().optional(),
      e: z.string().optional(),
      endorsements: z.array(z.string()).optional(),
    }),
  ),
});

/**
 * The inbound token keys: read from the OpenID metadata's `jwks_uri`, cached, and read again when a token
 * names a kid the cache does not hold (at most once per cooldown). Never throws: an unreachable or garbled
 * metadata document is `unavailable`, which the caller answers with 401.
 */
export function createBotConnectorKeys(options: BotConnectorKeysOptions) {
  const get = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const cooldown = options.refreshCooldownMs ?? 60_000;
  const maxAge = options.maxAgeMs ?? 24 * 3_600_000;
  let cache: { keys: Map<string, BotConnectorKey>; at: number } | undefined;
  let loading: Promise<string | undefined> | undefined;
  let lastKidRefresh = Number.NEGATIVE_INFINITY;
  let lastFailure: { at: number; problem: string } | undefined;

  const readJson = async (url: string): Promise<unknown> => {
    const response = await get(url, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    return response.json();
  };
  const load = async (): Promise<string | undefined> => {
    try {
      const metadata = metadataShape.parse(await readJson(options.openIdMetadataUrl));
      const { keys } = keysShape.parse(await readJson(metadata.jwks_uri));
      const usable = keys.flatMap((k) =>
        k.kty === "RSA" && k.kid && k.n && k.e
          ? [{ kty: "RSA" as const, kid: k.kid, n: k.n, e: k.e, endorsements: k.endorsements ?? [] }]
          : [],
      );
      cache = { keys: new Map(usable.map((key) => [key.kid, key])), at: now() };
      lastFailure = undefined;
      return undefined;
    } catch (error) {
      lastFailure = { at: now(), problem: error instanceof Error ? error.message : String(error) };
      return lastFailure.problem;
    }
  };
  // One load at a time: a burst of requests with a new kid costs one round trip, not one each.
  const reload = (): Promise<string | undefined> => {
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
      const known = cache?.keys.get(kid);
      if (known) return { kind: "found", key: known };
      if (now() - lastKidRefresh < cooldown) return { kind: "unknown-kid" };
      lastKidRefresh = now();
      await reload();
      const refreshed = cache?.keys.get(kid);
      return refreshed ? { kind: "found", key: refreshed } : { kind: "unknown-kid" };
    },
  };
}

export type BotConnectorKeys = ReturnType<typeof createBotConnectorKeys>;
