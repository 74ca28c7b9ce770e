import type { Kysely } from "kysely";
import type { Database } from "../schema";

/**
 * The one version a site without versions has (`current`, at /docs), as ingest stores it, for
 * tests that write a book's rows directly: `sidebar` is what `docs.list` then serves.
 */
export async function insertOnlyVersion(
  db: Kysely<Database>,
  sidebar: unknown,
  editUrl: string | null = null,
): Promise<void> {
  await db
    .insertInto("book_version")
    .values({
      name: "current",
      label: "Next",
      path: "",
      is_last: true,
      position: 0,
      sidebar: JSON.stringify(sidebar),
      edit_url: editUrl,
    })
    .execute();
}
