import { appendFile, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createPhaseTimer } from "@pagewise/book";
import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDirectory } from "../src";
import { copyFixtureTree } from "./fixture-tree";

describe("a restart that finds the book's sources as the last ingest left them", () => {
  let database: TestDatabase;
  let tree: Awaited<ReturnType<typeof copyFixtureTree>>;
  beforeAll(async () => {
    [database, tree] = await Promise.all([createTestDatabase("pglite"), copyFixtureTree()]);
    await ingestDirectory(database.db, tree.dir);
  });
  afterAll(async () => {
    await database?.dispose();
    await tree?.dispose();
  });

  const restart = async () => {
    const timer = createPhaseTimer();
    const summary = await ingestDirectory(database.db, tree.dir, { skipWhenUnchanged: true, timer });
    return { summary, parsed: timer.totals().has("parse") };
  };

  it("confirms the book without parsing a page", async () => {
    const { summary, parsed } = await restart();
    expect(summary).toMatchObject({ confirmedUnchanged: true, added: 0, updated: 0, removed: 0, unchanged: 6 });
    expect(parsed).toBe(false);
    const book = await database.db.selectFrom("book").select("report").executeTakeFirstOrThrow();
    expect(book.report).toMatchObject({ ingest: { status: "indexed" } });
  });

  it("indexes again when a page, a new file or a static file changed", async () => {
    await appendFile(join(tree.dir, "intro.md"), "\nOne more line.\n");
    expect(await restart()).toMatchObject({ summary: { confirmedUnchanged: false, updated: 1 }, parsed: true });
    expect((await restart()).summary.confirmedUnchanged).toBe(true);

    // A file that is not a page may be an image a page links to, or a partial.
    await writeFile(join(tree.dir, "notes.txt"), "not a page");
    expect((await restart()).summary.confirmedUnchanged).toBe(false);

    const staticDir = join(tree.dir, "..", "static-of-a-restart-test");
    await mkdir(staticDir, { recursive: true });
    const withStatic = { skipWhenUnchanged: true, staticDir };
    await ingestDirectory(database.db, tree.dir, withStatic);
    expect((await ingestDirectory(database.db, tree.dir, withStatic)).confirmedUnchanged).toBe(true);
    await writeFile(join(staticDir, "logo.svg"), "<svg/>");
    expect((await ingestDirectory(database.db, tree.dir, withStatic)).confirmedUnchanged).toBe(false);
  });

  it("never reads through a link out of the docs folder: the link itself is the input", async () => {
    const outside = join(tree.dir, "..", `outside-of-a-restart-test-${process.pid}.md`);
    await writeFile(outside, "# Secret\n");
    await symlink(outside, join(tree.dir, "linked.md"));
    await restart();
    expect((await restart()).summary.confirmedUnchanged).toBe(true);
    // What lies outside is not the book's: changing it changes nothing here.
    await writeFile(outside, "# Changed secret\n");
    expect((await restart()).summary.confirmedUnchanged).toBe(true);
    await rm(join(tree.dir, "linked.md"));
    await symlink(join(tree.dir, "intro.md"), join(tree.dir, "linked.md"));
    expect((await restart()).summary.confirmedUnchanged).toBe(false);
    await rm(join(tree.dir, "linked.md"));
    await rm(outside);
  });

  it("indexes again when the stored book changed since (its chunks are not what the ingest left)", async () => {
    // The last run had another static folder: a setting is an input too.
    expect((await restart()).summary.confirmedUnchanged).toBe(false);
    expect((await restart()).summary.confirmedUnchanged).toBe(true);
    await database.db.deleteFrom("document").where("source_path", "=", "intro.md").execute();
    const { summary } = await restart();
    expect(summary).toMatchObject({ confirmedUnchanged: false, added: 1 });
  });

  it("always does the whole pass for the ingest command (no skipWhenUnchanged)", async () => {
    const timer = createPhaseTimer();
    const summary = await ingestDirectory(database.db, tree.dir, { timer });
    expect(summary.confirmedUnchanged).toBe(false);
    expect(timer.totals().has("parse")).toBe(true);
  });
});
