import { type Kysely, sql } from "kysely";

/**
 * The reader's pages come from the same Markdown/MDX tree as the retrieval
 * chunks, rendered once at ingest: `document.html` is the sanitised article
 * (headings with ids, highlighted code, resolved links), `toc` its on-page
 * outline. The raw Markdown and the reader-side heading list go: nothing
 * reads them any more.
 *
 * `book` is the book as a whole, one row rewritten by every ingest: the
 * sidebar (categories come from `_category_` files, which are not pages), its
 * title and tagline, suggested questions, and the last ingest's warnings.
 * `book_asset` holds the images and files pages link to, keyed by a content
 * hash in their URL, so the server can serve them without the docs folder and
 * cache them for a year.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("document")
    .addColumn("html", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("toc", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("description", "text")
    .addColumn("hide_title", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("unlisted", "boolean", (c) => c.notNull().defaultTo(false))
    .dropColumn("markdown")
    .dropColumn("headings")
    .execute();
  // Existing rows have no HTML: a new format version makes the next ingest rewrite them all.

  await db.schema
    .createTable("book")
    .addColumn("id", "smallint", (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn("title", "text")
    .addColumn("tagline", "text")
    .addColumn("sidebar", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("questions", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("report", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("book_asset")
    .addColumn("path", "text", (c) => c.primaryKey())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("bytes", "bytea", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("book_asset").execute();
  await db.schema.dropTable("book").execute();
  await db.schema
    .alterTable("document")
    .dropColumn("html")
    .dropColumn("toc")
    .dropColumn("description")
    .dropColumn("hide_title")
    .dropColumn("unlisted")
    .addColumn("markdown", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("headings", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
}
