import { type Dialect, Kysely, sql } from "kysely";
import { type DatabaseTarget, describeTarget, parseDatabaseUrl } from "./database-url";
import type { PoolStats } from "./drivers/pg";
import { openPGlite } from "./drivers/pglite";
import { DatabaseUnreachableError } from "./errors";
import type { Database } from "./schema";

export interface CreateDatabaseOptions {
  /** `DATABASE_DRIVER`: "neon" forces the Neon serverless driver for any Postgres URL. */
  driver?: string | undefined;
  /** `NEON_WS_PROXY`: a WebSocket-to-TCP bridge for the Neon driver (tests, local Postgres). */
  neonWsProxy?: string | undefined;
  /** Pool size for the network drivers. */
  maxConnections?: number;
  /** Base for relative PGlite directories. */
  cwd?: string;
}

export interface PagewiseDatabase {
  db: Kysely<Database>;
  /** The dialect `db` runs on; prefer handing `db` itself to other libraries (see README). */
  dialect: Dialect;
  /** Which driver was chosen: "pglite", "pg" or "neon". */
  driver: DatabaseTarget["driver"];
  /** Where it points, with any password masked: safe to log. */
  description: string;
  /** Connections in the pool (network drivers; undefined for the single-session PGlite), for metrics. */
  poolStats(): PoolStats | undefined;
  close(): Promise<void>;
}

/**
 * Opens the database DATABASE_URL names (see parseDatabaseUrl) and checks that
 * it answers, so a wrong URL fails here with a clear message rather than on the
 * first request.
 */
export async function createDatabase(url?: string, options: CreateDatabaseOptions = {}): Promise<PagewiseDatabase> {
  const target = parseDatabaseUrl(url, options);
  const description = describeTarget(target);
  const maxConnections = options.maxConnections ?? 10;

  // A driver is loaded only when its database is asked for: the embedded one starts without pg's or Neon's code.
  const opened =
    target.driver === "pglite"
      ? await openPGlite(target.dataDir).catch((error: unknown) => {
          throw new DatabaseUnreachableError(description, error);
        })
      : target.driver === "neon"
        ? (await import("./drivers/neon")).openNeon(target.url, maxConnections, options.neonWsProxy)
        : (await import("./drivers/pg")).openPg(target.url, maxConnections);

  const db = new Kysely<Database>({ dialect: opened.dialect });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await db.destroy();
    } finally {
      await opened.close().catch(() => {});
    }
  };

  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await close();
    throw new DatabaseUnreachableError(description, error);
  }

  const poolStats = () => ("poolStats" in opened ? opened.poolStats() : undefined);
  return { db, dialect: opened.dialect, driver: target.driver, description, poolStats, close };
}
