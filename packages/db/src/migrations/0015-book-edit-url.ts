import { type Kysely, sql } from "kysely";

/**
 * Where a page of the book is edited: the site's `editUrl` joined with the docs folder's path in
 * the site (`https://github.com/acme/site/edit/main/docs`); each page's "Edit this page" link adds
 * its own path. Null when the site gives none (or gives a function, which is code: not run).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table book add column edit_url text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table book drop column edit_url`.execute(db);
}
