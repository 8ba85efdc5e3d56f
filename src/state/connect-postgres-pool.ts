import pg from "pg";
import { describeDatabaseUrl, redactDatabasePassword } from "./describe-database-url.js";
import { migratePostgres } from "./migrate-postgres.js";
import { StateError } from "./state-error.js";

export interface PostgresPoolOptions {
  /** Connections this process keeps to the server. Default 10. */
  maxConnections?: number;
  /** How long to wait for a connection before the call fails. Default 5000 ms. */
  connectTimeoutMs?: number;
}

/**
 * A pool to the server in `url`, proven to answer and migrated, with where it points (no password) for
 * messages. A server that cannot be reached is STATE_UNAVAILABLE, its reason redacted.
 */
export async function connectPostgresPool(
  url: string,
  now: () => number,
  options: PostgresPoolOptions = {},
): Promise<{ pool: pg.Pool; where: string }> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
  });
  // An idle connection the server dropped (a restart) emits here; without a listener it would kill the
  // process. The next query gets a fresh connection, and health() reports if there is none.
  pool.on("error", () => undefined);
  const where = describeDatabaseUrl(url);
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end().catch(() => undefined);
    // pg's own message may quote connection details; only a redacted copy goes along as the cause.
    const reason = redactDatabasePassword(error instanceof Error ? error.message : String(error), url);
    throw new StateError(
      "STATE_UNAVAILABLE",
      `Cannot connect to the PostgreSQL server in DATABASE_URL (${where}): ${reason}. Check that the server runs and that DATABASE_URL's host, port, user, password and database are right.`,
      { cause: new Error(reason) },
    );
  }
  try {
    await migratePostgres(pool, now);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return { pool, where };
}
