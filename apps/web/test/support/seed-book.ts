import { createDatabase, migrateToLatest } from "@pagewise/db";
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
    await database.db
      .insertInto("book_version")
      .values({
        name: "current",
        label: "Next",
        path: "",
        is_last: true,
        position: 0,
        edit_url: fixtureBook.editUrl,
        sidebar: JSON.stringify([{ id: "defaultSidebar", items: fixtureSidebar }]),
      })
      .execute();
  } finally {
    await database.close();
  }
}
