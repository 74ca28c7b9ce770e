import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deepestNesting, MAX_NESTING } from "@pagewise/book";
import { writeTree } from "@pagewise/book/testing";
import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDirectory, readBookReport, searchChunks } from "../src";

/** Pages a stranger can send in a pull request, each of which once overflowed the stack or ran for minutes. */
const PATHOLOGICAL: Record<string, string> = {
  "lists.md": `# Lists\n\n${"- ".repeat(1_000)}deep\n`,
  "indented-lists.md": `# Indented lists\n\n${Array.from({ length: 400 }, (_, i) => `${"  ".repeat(i)}- item\n`).join("")}`,
  "quotes.md": `# Quotes\n\n${">".repeat(50_000)} deep\n`,
  "divs.mdx": `# Divs\n\n${"<div>".repeat(9_000)}deep${"</div>".repeat(9_000)}\n`,
  "braces.mdx": `# Braces\n\n${"{".repeat(5_000)}${"}".repeat(5_000)}\n`,
};

describe("a docs folder with pathological pages", () => {
  let database: TestDatabase;
  let tree: Awaited<ReturnType<typeof writeTree>>;
  beforeAll(async () => {
    [database, tree] = await Promise.all([
      createTestDatabase("pglite"),
      writeTree({
        "docs/intro.md": "# Welcome\n\nQuillstack keeps notebooks in sync between devices.\n",
        "docs/lists.md": "# Lists\n\nThe first version of this page was fine: zebra crossings.\n",
      }),
    ]);
    await ingestDirectory(database.db, join(tree.dir, "docs"));
    for (const [name, text] of Object.entries(PATHOLOGICAL)) await writeFile(join(tree.dir, "docs", name), text);
    await writeFile(join(tree.dir, "docs", "_deep-partial.mdx"), `${"> ".repeat(500)}x\n`);
  });
  afterAll(async () => {
    await database?.dispose();
    await tree?.dispose();
  });

  it("refuses each of them with a reason, indexes the rest, and keeps a refused page's last version", async () => {
    await writeFile(join(tree.dir, "docs", "guide.md"), "# Guide\n\nPairing uses a one-time code.\n");
    const summary = await ingestDirectory(database.db, join(tree.dir, "docs"));
    expect(summary.failed.map((failure) => failure.path).sort()).toEqual(
      [...Object.keys(PATHOLOGICAL), "_deep-partial.mdx"].sort(),
    );
    for (const failure of summary.failed) expect(failure.reason).toMatch(/levels deep|could not be rendered/);
    expect(summary.added).toBe(1);
    expect((await searchChunks(database.db, "one-time code")).length).toBeGreaterThan(0);
    // The page that turned pathological is still served as it was last indexed.
    expect((await searchChunks(database.db, "zebra crossings")).length).toBeGreaterThan(0);
    const paths = (await database.db.selectFrom("document").select("source_path").execute()).map(
      (row) => row.source_path,
    );
    expect(paths.sort()).toEqual(["guide.md", "intro.md", "lists.md"]);
    // Kept with the book, for /readyz and the admin page.
    const { report } = await readBookReport(database.db);
    expect(report.failed).toEqual(summary.failed);
    expect(report.ingest).toMatchObject({ status: "indexed" });
  });

  it("records an ingest that fails as a whole, and leaves the book as it was", async () => {
    await expect(ingestDirectory(database.db, join(tree.dir, "no-such-folder"))).rejects.toThrow(/does not exist/);
    const { report, indexed } = await readBookReport(database.db);
    expect(indexed).toBe(true);
    expect(report.ingest).toMatchObject({ status: "failed", message: expect.stringMatching(/does not exist/) });
    expect((await searchChunks(database.db, "one-time code")).length).toBeGreaterThan(0);
  });

  it("measures nesting without counting code, closed elements or indentation alone", () => {
    expect(deepestNesting("# Title\n\nPlain text.\n")).toBe(0);
    expect(deepestNesting("- a\n  - b\n    - c\n")).toBe(3);
    expect(deepestNesting("> > quote\n")).toBe(2);
    expect(deepestNesting("<Tabs><TabItem>x</TabItem><TabItem>y</TabItem></Tabs>\n")).toBe(2);
    expect(deepestNesting("Use `--tab-width <int>` and <br> and <img src='x'>.\n")).toBe(0);
    expect(deepestNesting(`\`\`\`json\n${"[".repeat(500)}\n\`\`\`\n`)).toBe(0);
    expect(deepestNesting(`${" ".repeat(300)}indented text\n`)).toBe(0);
    for (const text of Object.values(PATHOLOGICAL)) expect(deepestNesting(text)).toBeGreaterThan(MAX_NESTING);
  });
});
