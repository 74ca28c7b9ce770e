import { writeTree } from "@pagewise/book/testing";
import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion, ingestDirectory, readDocument, searchChunks } from "../src";

/**
 * Docusaurus's `unlisted: true` page is read by its URL only: kept from the
 * sidebar, the sitemap and search engines. The assistant must not find it either.
 */
describe("unlisted pages", () => {
  let database: TestDatabase;
  let tree: Awaited<ReturnType<typeof writeTree>>;
  beforeAll(async () => {
    [database, tree] = await Promise.all([
      createTestDatabase("pglite"),
      writeTree({
        "docs/intro.md": "# Welcome\n\nQuillstack keeps notebooks in sync between devices.\n",
        "docs/launch.md": "---\nunlisted: true\n---\n\n# Launch plan\n\nThe zanzibar rollout starts on Monday.\n",
      }),
    ]);
    await ingestDirectory(database.db, `${tree.dir}/docs`);
  });
  afterAll(async () => {
    await database?.dispose();
    await tree?.dispose();
  });

  it("are not found by search or quoted by the assistant", async () => {
    expect(await searchChunks(database.db, "zanzibar rollout")).toEqual([]);
    const answer = await answerQuestion(database.db, "When does the zanzibar rollout start?");
    expect(JSON.stringify(answer)).not.toContain("zanzibar rollout starts");
    expect((await searchChunks(database.db, "notebooks sync")).length).toBeGreaterThan(0);
  });

  it("are still readable by their URL, marked unlisted", async () => {
    expect(await readDocument(database.db, "launch")).toMatchObject({ title: "Launch plan", unlisted: true });
    expect(await readDocument(database.db, "intro")).toMatchObject({ unlisted: false });
  });
});
