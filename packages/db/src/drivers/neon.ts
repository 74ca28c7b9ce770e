import { neonConfig, Pool } from "@neondatabase/serverless";
import { PostgresDialect, type PostgresPool } from "kysely";
import ws from "ws";
import { CONNECT_TIMEOUT_MS, type PoolDriver } from "./pg";
import { surviveConnectionLoss } from "./survive-connection-loss";

/**
 * Neon's serverless driver: the pg protocol over a WebSocket, with interactive
 * transactions (unlike its HTTP `neon()` function, which cannot run migrations).
 *
 * `wsProxy` points it at a WebSocket-to-TCP bridge instead of Neon's edge, which
 * is how tests run this exact driver against a plain local Postgres.
 */
export function openNeon(url: string, maxConnections: number, wsProxy: string | undefined): PoolDriver {
  neonConfig.webSocketConstructor = ws;
  if (wsProxy !== undefined) {
    const proxy = wsProxy.replace(/^wss?:\/\//, "").replace(/\/$/, "");
    neonConfig.wsProxy = (host, port) => `${proxy}/v2?address=${host}:${port}`;
    neonConfig.useSecureWebSocket = wsProxy.startsWith("wss://");
    neonConfig.pipelineTLS = false;
    // Pipelining the password step breaks SCRAM authentication on a plain Postgres.
    neonConfig.pipelineConnect = false;
  }
  const pool = new Pool({ connectionString: url, max: maxConnections, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  surviveConnectionLoss(pool);
  // Kysely ends the pool when the database is destroyed.
  return {
    dialect: new PostgresDialect({ pool: asKyselyPool(pool) }),
    close: async () => {},
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}

/**
 * Neon's pool is pg's API, but its types say `Client#connect()` resolves to nothing where Kysely's
 * say it resolves to the client. Kysely reads `Client` only to cancel a query on an abort signal,
 * which Pagewise never sends, so the pool is handed over without it.
 */
function asKyselyPool(pool: Pool): PostgresPool {
  return { connect: () => pool.connect(), end: () => pool.end(), options: pool.options };
}
