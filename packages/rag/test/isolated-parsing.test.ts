import { join } from "node:path";
import { createPageParser } from "@pagewise/book/render";
import { writeTree } from "@pagewise/book/testing";
import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDirectory, searchChunks } from "../src";

const fixtureDocs = join(import.meta.dirname, "fixtures", "basic-docs");

/**
 * The server and the CLI parse each page in a worker thread within a time
 * budget: a page that runs past it is given up (its thread ended), and the
 * rest of the book is indexed as if it were parsed in place.
 */
describe("parsing pages in a worker", () => {
  let isolated: TestDatabase;
  let inPlace: TestDatabase;
  beforeAll(async () => {
    [isolated, inPlace] = await Promise.all([createTestDatabase("pglite"), createTestDatabase("pglite")]);
  });
  afterAll(async () => {
    await isolated?.dispose();
    await inPlace?.dispose();
  });

  const stored = (database: TestDatabase) =>
    database.db.selectFrom("document").select(["source_path", "html", "content_hash"]).orderBy("source_path").execute();

  it("stores exactly what parsing in place stores", async () => {
    const summary = await ingestDirectory(isolated.db, fixtureDocs, { isolatePages: true });
    await ingestDirectory(inPlace.db, fixtureDocs);
    expect(summary.failed).toEqual([]);
    expect(await stored(isolated)).toEqual(await stored(inPlace));
    expect((await searchChunks(isolated.db, "pairing code")).length).toBeGreaterThan(0);
  });

  it("gives up a page that runs past its budget, and goes on with the next in a new thread", async () => {
    const tree = await writeTree({ "docs/a.md": "# A\n\nFirst page.\n", "docs/b.md": "# B\n\nSecond page.\n" });
    const parser = createPageParser({ docsRoot: join(tree.dir, "docs"), partials: new Map(), math: false }, 1);
    try {
      const file = (name: string) => ({
        path: name,
        absolutePath: join(tree.dir, "docs", name),
        body: `# ${name}\n\nText.\n`,
        bodyStartLine: 1,
      });
      // A new thread cannot load the parser within a millisecond: every page runs past this budget.
      expect(await parser.parse(file("a.md"))).toEqual({ failed: "took longer than 0.001 s to parse: not rendered" });
      expect(await parser.parse(file("b.md"))).toEqual({ failed: "took longer than 0.001 s to parse: not rendered" });
    } finally {
      await parser.close();
      await tree.dispose();
    }
  });

  it("reports such pages as failed and keeps their last indexed version", async () => {
    const summary = await ingestDirectory(isolated.db, fixtureDocs, { isolatePages: true, pageBudgetMs: 1 });
    expect(summary.failed.length).toBeGreaterThan(0);
    for (const failure of summary.failed) expect(failure.reason).toMatch(/took longer than 0\.001 s/);
    expect(await stored(isolated)).toEqual(await stored(inPlace));
  });
});
