import { createDatabase, migrateToLatest } from "@pagewise/db";
import { insertOnlyVersion } from "@pagewise/db/testing";
import { fixtureBook, fixturePages, fixtureSidebar } from "../fixtures/fixture-book";

/**
 * Writes the fixture book into the embedded database at `dataDir` before the server starts, as
 * an ingest would have stored it (document rows with their HTML and toc, the `book` row). The
 * server then runs with a DOCS_DIR that does not exist, so it serves this book as it is.
 */
export async function seedFixtureBook(dataDir: string): Promise<void> {
  const database = await createDatabase(`pglite:${dataDir}`);
  try {
    await migrateToLatest(database.db);
    await database.db
      .insertInto("document")
      .values(
        fixturePages.map((page) => ({
          slug: page.slug,
          source_path: page.source,
          title: page.title,
          html: page.html,
          toc: JSON.stringify(page.toc),
          content_hash: `fixture:${page.slug}`,
        })),
      )
      .execute();
    await database.db
      .insertInto("book")
      .values({
        id: 1,
        title: fixtureBook.title,
        tagline: fixtureBook.tagline,
        questions: JSON.stringify(fixtureBook.questions),
      })
      .execute();
    await insertOnlyVersion(database.db, [{ id: "defaultSidebar", items: fixtureSidebar }], fixtureBook.editUrl);
  } finally {
    await database.close();
  }
}
