import { type Kysely, sql } from "kysely";

/**
 * Rate-limit counters are now keyed by a keyed hash of the IP address, not
 * the address. The counters kept so far (raw addresses) go: they are a
 * minute's worth of state, and starting afresh costs nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`delete from "rateLimit"`.execute(db);
  await sql`delete from request_rate`.execute(db);
}

export async function down(): Promise<void> {}
