import { type Kysely, sql } from "kysely";

/**
 * The RAG index: one `document` per Markdown/MDX page and its `chunk`s (one per
 * h2/h3 section, split further when long).
 *
 * `chunk.search` is computed by Postgres so the index can never drift from the
 * text. The text-search config is always named ('english'): the one-argument
 * to_tsvector depends on a session setting, so it is not immutable and the
 * ranking would change with the server's default. `.` and `/` become spaces
 * first because the english parser keeps `trpc.useUtils` (a "host") and
 * `@trpc/server` (a "file") as single tokens that no question would match.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("document")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("source_path", "text", (c) => c.notNull().unique())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("sidebar_label", "text")
    .addColumn("sidebar_position", "double precision")
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("markdown", "text", (c) => c.notNull())
    .addColumn("headings", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("chunk")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("document_id", "uuid", (c) => c.notNull().references("document.id").onDelete("cascade"))
    .addColumn("ordinal", "integer", (c) => c.notNull())
    .addColumn("heading_path", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("anchor", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("headings", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("search", sql`tsvector`, (c) =>
      c
        .notNull()
        .generatedAlwaysAs(sql`
        setweight(to_tsvector('english', translate(coalesce(title, ''), './', '  ')), 'A') ||
        setweight(to_tsvector('english', translate(coalesce(headings, ''), './', '  ')), 'B') ||
        setweight(to_tsvector('english', translate(coalesce(body, ''), './', '  ')), 'C') ||
        setweight(to_tsvector('english', translate(coalesce(code, ''), './', '  ')), 'D')
      `)
        .stored(),
    )
    .addUniqueConstraint("chunk_document_id_ordinal_key", ["document_id", "ordinal"])
    .execute();
  await db.schema.createIndex("chunk_search_idx").on("chunk").using("gin").column("search").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("chunk").execute();
  await db.schema.dropTable("document").execute();
}
