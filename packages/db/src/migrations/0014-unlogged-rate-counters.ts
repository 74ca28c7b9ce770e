import { type Kysely, sql } from "kysely";

/**
 * The rate-limit counters skip the write-ahead log. They only matter for the
 * minute they count, so losing them in a crash (Postgres empties an unlogged
 * table when it recovers) costs nothing but a fresh window, as with Redis
 * without persistence; in exchange a counted request no longer waits for a
 * log flush, which made every public question on Postgres wait for the disk
 * twice (its counters, then its question-log row). Nor are they copied to
 * standbys, which never serve them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table request_rate set unlogged`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table request_rate set logged`.execute(db);
}
