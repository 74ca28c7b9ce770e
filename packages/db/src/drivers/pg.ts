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

export function openPg(url: string, maxConnections: number): PoolDriver {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  surviveConnectionLoss(pool);
  // Kysely ends the pool when the database is destroyed.
  return {
    dialect: new PostgresDialect({ pool }),
    close: async () => {},
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}
