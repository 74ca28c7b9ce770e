import { PostgresDialect } from "kysely";
import pg from "pg";
import { surviveConnectionLoss } from "./survive-connection-loss";

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface PoolDriver {
  dialect: PostgresDialect;
  close(): Promise<void>;
  poolStats(): PoolStats;
}

/**
 * How long opening a connection may take. Without a limit (pg's default) a
 * database behind a network black hole holds every request until it times out
 * as a whole; with one, requests answer 503 "database unavailable" instead.
 */
export const CONNECT_TIMEOUT_MS = 5_000;

export function openPg(url: string, maxConnections: number): PoolDriver {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  surviveConnectionLoss(pool);
  // Kysely ends the pool when the database is destroyed.
  return {
    dialect: new PostgresDialect({ pool }),
    close: async () => {},
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}
