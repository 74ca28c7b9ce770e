import { type Kysely, sql } from "kysely";

/**
 * What authentication needs beyond Better Auth's core tables:
 * - `rateLimit`: Better Auth's database-backed rate limiter (its own camelCase names);
 * - `auth_event`: the privacy-preserving auth log (an HMAC of the IP, never the IP
 *   itself; a coarse user agent; no emails, passwords or tokens). A deleted user's
 *   events stay for the statistics but lose their user id;
 * - `mail_outbox`: the development mail sink used when no SMTP server is configured.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("rateLimit")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("key", "text", (c) => c.notNull().unique())
    .addColumn("count", "integer", (c) => c.notNull())
    .addColumn("lastRequest", "bigint", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("auth_event")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.references("user.id").onDelete("set null"))
    .addColumn("ip_hash", "text")
    .addColumn("user_agent", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("auth_event_created_at_idx").on("auth_event").column("created_at").execute();
  await db.schema.createIndex("auth_event_user_id_idx").on("auth_event").column("user_id").execute();

  await db.schema
    .createTable("mail_outbox")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("text_body", "text", (c) => c.notNull())
    .addColumn("html_body", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("mail_outbox_to_address_idx").on("mail_outbox").column("to_address").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["mail_outbox", "auth_event", "rateLimit"]) {
    await db.schema.dropTable(table).execute();
  }
}
