import { join } from "node:path";
import { docusaurusBook } from "@pagewise/book/testing";
import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readBookInfo, readDocument, readSidebars, searchIndex } from "../src";
import { type IngestSummary, ingestDirectory } from "../src/ingest/ingest-directory";

// The book helper's small Docusaurus site: `_category_` files, a generated index, partials, a static folder.
describe.each(testDrivers())("a Docusaurus site's book features, ingested on %s", (driver) => {
  let database: TestDatabase;
  let summary: IngestSummary;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    summary = await ingestDirectory(database.db, join(docusaurusBook, "docs"));
  });
  afterAll(() => database?.dispose());

  it("stores a generated-index category as a page listing its items, with one chunk", async () => {
    const [sidebar] = await readSidebars(database.db);
    const guides = sidebar?.items.find((item) => item.type === "category" && item.label === "User guides");
    expect(guides?.type === "category" && guides.slug).toEqual(expect.any(String));
    const slug = guides?.type === "category" ? (guides.slug ?? "") : "";
    const page = await readDocument(database.db, slug);
    expect(page?.html).toMatch(/^<h1>User guides<\/h1><p>Every guide, one by one\.<\/p><ul class="doc-cards">/);
    expect(page?.html).toContain('<li><a href="/docs/guides/install">Install</a><p>Node.</p></li>');
    expect(page?.html).toContain('<li><a href="/docs/guides/fine%20tuning">Fine tuning</a></li>');
    const chunks = await database.db
      .selectFrom("chunk")
      .innerJoin("document", "document.id", "chunk.document_id")
      .select("chunk.body")
      .where("document.slug", "=", slug)
      .execute();
    expect(chunks).toEqual([{ body: "Every guide, one by one." }]);
  });

  it("inlines partials, hides the title when asked and honours the toc levels", async () => {
    const page = await readDocument(database.db, "guides/configure");
    expect(page?.html).toContain("Shared text, included by other pages.");
    expect(page?.html).toMatch(/^<h1 id="configure">Configure<\/h1>/);
    expect(page?.toc).toEqual([{ depth: 2, text: "Options", id: "options" }]);
  });

  it("names the book after its root page, links home first and indexes headings for quick search", async () => {
    expect(await readBookInfo(database.db)).toMatchObject({ title: "Welcome", tagline: "Start here.", homeSlug: "" });
    expect(await searchIndex(database.db)).toContainEqual({
      slug: "intro",
      page: "Introduction",
      heading: { text: "Who it is for", id: "audience" },
    });
    expect(summary.skipped.map((skip) => skip.path)).toContain("bad-front-matter.md");
  });
});
