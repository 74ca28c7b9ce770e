import type { EventEmitter } from "node:events";

/**
 * Keeps a pg-style pool (pg or Neon's) from crashing the process when the
 * database goes away.
 *
 * A client emits "error" when its socket dies. pg-pool listens while the
 * client is idle, but not while a request holds it, and an "error" event with
 * no listener is an uncaught exception: one failover mid-query would take the
 * whole server down. The query in flight still rejects with the error, and the
 * pool discards a client that failed, so the next request reconnects.
 */
export function surviveConnectionLoss(pool: EventEmitter): void {
  const ignore = () => {};
  pool.on("error", ignore);
  pool.on("connect", (client: EventEmitter) => client.on("error", ignore));
}
