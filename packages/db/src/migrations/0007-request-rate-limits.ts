import type { Kysely } from "kysely";

/**
 * Fixed-window request counters for the public API's per-IP rate limits, kept
 * in the database so that every server process counts the same requests (Redis
 * replaces this table when REDIS_URL is set). One row per client and window.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("request_rate")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("window_start", "bigint", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("request_rate").execute();
}
