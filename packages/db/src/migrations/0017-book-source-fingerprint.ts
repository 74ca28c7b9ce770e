import { type Kysely, sql } from "kysely";

/**
 * What the book was last indexed from, as one hash of every input an ingest reads (its docs
 * folders' files, the site's config and sidebars, its static files' sizes and times, the format
 * version) and the chunk generation it left: a restart whose sources hash the same, on a database
 * nobody changed since, has nothing to confirm and parses nothing. Null until an ingest completes
 * with no page failing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table book add column source_fingerprint text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table book drop column source_fingerprint`.execute(db);
}
