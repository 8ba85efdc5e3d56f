import type { StoreHealth } from "../state/state-store.js";

export type HealthCheck = () => Promise<StoreHealth>;

/**
 * GET /healthz: 200 while the bot can reach its store, 503 when it cannot (an orchestrator should then stop
 * routing to this replica), with the store's kind and problem as JSON for whoever looks.
 */
export async function healthReport(
  check: HealthCheck | undefined,
): Promise<{ status: number; body: string }> {
  if (!check) return { status: 200, body: JSON.stringify({ ok: true }) };
  const store = await check().catch(
    (error: unknown): StoreHealth => ({
      kind: "memory",
      ok: false,
      problem: error instanceof Error ? error.message : String(error),
    }),
  );
  return { status: store.ok ? 200 : 503, body: JSON.stringify({ ok: store.ok, store }) };
}
