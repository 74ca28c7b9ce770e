import { PostgresDialect } from "kysely";
import pg from "pg";

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
  // An idle client whose server went away emits "error"; unhandled, that would
  // crash the process. The next query gets a fresh connection or a clear error.
  pool.on("error", () => {});
  // Kysely ends the pool when the database is destroyed.
  return {
    dialect: new PostgresDialect({ pool }),
    close: async () => {},
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}
