import { type Kysely, sql } from "kysely";

/**
 * A site's docs come in versions (`current`, and those `versions.json` lists), each a book of its
 * own: its pages, sidebars, edit link and home. `book_version` is one row a version; `book` keeps
 * what the site has once (title, tagline, suggested questions, the last ingest's report). A page
 * belongs to one version; its slug already starts with the version's path (`3.7.0/intro`), so slugs
 * stay unique across the site, as URLs are, while a source path repeats from version to version.
 * A question is logged with the version it was asked of, for the admin figures.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("book_version")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("path", "text", (c) => c.notNull().unique())
    .addColumn("banner", "text", (c) => c.check(sql`banner in ('unreleased', 'unmaintained')`))
    .addColumn("badge", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("is_last", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("position", "smallint", (c) => c.notNull())
    .addColumn("sidebar", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("edit_url", "text")
    .execute();
  // At most one version is the last one (the one served at /docs).
  await sql`create unique index book_version_one_last on book_version (is_last) where is_last`.execute(db);
  await sql`
    insert into book_version (name, label, path, is_last, position, sidebar, edit_url)
    select 'current', 'Next', '', true, 0, sidebar, edit_url from book
  `.execute(db);
  await sql`alter table book drop column sidebar, drop column edit_url`.execute(db);

  await sql`alter table document add column version text not null default 'current'`.execute(db);
  await sql`alter table document drop constraint document_source_path_key`.execute(db);
  await sql`alter table document add constraint document_version_source_path_key unique (version, source_path)`.execute(
    db,
  );
  await sql`alter table question_log add column version text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table question_log drop column version`.execute(db);
  await sql`delete from document where version <> (select name from book_version where is_last)`.execute(db);
  await sql`alter table document drop constraint document_version_source_path_key`.execute(db);
  await sql`alter table document add constraint document_source_path_key unique (source_path)`.execute(db);
  await sql`alter table document drop column version`.execute(db);
  await sql`alter table book add column sidebar jsonb not null default '[]'::jsonb, add column edit_url text`.execute(
    db,
  );
  await sql`
    update book set sidebar = v.sidebar, edit_url = v.edit_url from book_version v where v.is_last
  `.execute(db);
  await db.schema.dropTable("book_version").execute();
}
