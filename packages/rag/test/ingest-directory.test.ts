import { appendFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocsDirectoryNotFoundError, type IngestProgress, ingestDirectory } from "../src";
import { copyFixtureTree } from "./fixture-tree";

describe.each(testDrivers())("ingestDirectory on %s", (driver) => {
  let database: TestDatabase;
  let tree: Awaited<ReturnType<typeof copyFixtureTree>>;
  beforeAll(async () => {
    [database, tree] = await Promise.all([createTestDatabase(driver), copyFixtureTree()]);
  });
  afterAll(async () => {
    await database?.dispose();
    await tree?.dispose();
  });

  const documents = () =>
    database.db
      .selectFrom("document")
      .select(["id", "source_path", "slug", "title", "updated_at"])
      .orderBy("source_path")
      .execute();

  it("indexes every page, skipping partials and non-Markdown files, and reports progress", async () => {
    const progress: IngestProgress[] = [];
    const summary = await ingestDirectory(database.db, tree.dir, { onProgress: (event) => progress.push(event) });
    expect(summary).toMatchObject({ added: 6, updated: 0, removed: 0, unchanged: 0, skipped: [] });
    expect(summary.chunks).toBeGreaterThanOrEqual(12);
    expect(summary.seconds).toBeGreaterThanOrEqual(0);
    expect((await documents()).map(({ source_path, slug, title }) => ({ source_path, slug, title }))).toEqual([
      { source_path: "guides/01-getting-started.md", slug: "guides/getting-started", title: "Getting started" },
      { source_path: "guides/index.md", slug: "guides", title: "Guides" },
      { source_path: "guides/syncing.mdx", slug: "guides/syncing", title: "Syncing notebooks" },
      { source_path: "intro.md", slug: "", title: "Welcome to Quillstack" },
      { source_path: "reference/config.md", slug: "reference/configuration", title: "Configuration file" },
      { source_path: "reference/troubleshooting.md", slug: "reference/fixing-problems", title: "Troubleshooting" },
    ]);
    expect(progress.at(-1)).toEqual({ phase: "write", done: 6, total: 6 });
    expect(progress.filter((event) => event.phase === "read" && event.path !== undefined)).toHaveLength(6);
  });

  it("stores the cleaned page, its headings and its chunks with deep links", async () => {
    const page = await database.db
      .selectFrom("document")
      .selectAll()
      .where("source_path", "=", "guides/syncing.mdx")
      .executeTakeFirstOrThrow();
    expect(page.markdown).not.toMatch(/import|<Tabs|TabItem|relayDefaults|reviewers|MDX comment/);
    expect(page.markdown).toContain("Scan the pairing code");
    expect(page.markdown).toContain("**Warning: Keep your pairing code private**");
    expect(page.sidebar_position).toBe(3);
    expect(page.headings).toEqual([
      { depth: 2, text: "Conflict resolution", anchor: "conflicts" },
      { depth: 2, text: "Setup", anchor: "setup" },
      { depth: 2, text: "Setup", anchor: "setup-1" },
    ]);
    const chunks = await database.db
      .selectFrom("chunk")
      .select(["ordinal", "heading_path", "anchor", "title", "body", "code"])
      .where("document_id", "=", page.id)
      .orderBy("ordinal")
      .execute();
    expect(chunks.map((chunk) => chunk.anchor)).toEqual(["", "conflicts", "setup", "setup-1"]);
    expect(chunks[2]).toMatchObject({
      heading_path: ["Setup"],
      title: "Syncing notebooks",
      code: "quill relay add https://relay.example.org --name home",
    });
  });

  it("does nothing on a second run over the same tree", async () => {
    const before = await documents();
    const summary = await ingestDirectory(database.db, tree.dir);
    expect(summary).toMatchObject({ added: 0, updated: 0, removed: 0, unchanged: 6, chunks: 0, skipped: [] });
    expect(await documents()).toEqual(before);
  });

  it("re-indexes only the page that changed", async () => {
    const before = await documents();
    await appendFile(
      join(tree.dir, "reference/config.md"),
      "\n## Backups\n\nBackups are written to the vault folder.\n",
    );
    const summary = await ingestDirectory(database.db, tree.dir);
    expect(summary).toMatchObject({ added: 0, updated: 1, removed: 0, unchanged: 5, skipped: [] });
    const after = await documents();
    for (const row of after) {
      const old = before.find((candidate) => candidate.source_path === row.source_path);
      if (row.source_path === "reference/config.md") expect(row.id).not.toBe(old?.id);
      else expect(row).toEqual(old);
    }
    const anchors = await database.db
      .selectFrom("chunk")
      .innerJoin("document", "document.id", "chunk.document_id")
      .select("chunk.anchor")
      .where("document.source_path", "=", "reference/config.md")
      .execute();
    expect(anchors.map((row) => row.anchor)).toContain("backups");
  });

  it("removes pages whose files are gone, with their chunks", async () => {
    await rm(join(tree.dir, "reference/troubleshooting.md"));
    const summary = await ingestDirectory(database.db, tree.dir);
    expect(summary).toMatchObject({ added: 0, updated: 0, removed: 1, unchanged: 5 });
    expect((await documents()).map((row) => row.source_path)).not.toContain("reference/troubleshooting.md");
    const orphans = await database.db
      .selectFrom("chunk")
      .leftJoin("document", "document.id", "chunk.document_id")
      .select("chunk.id")
      .where("document.id", "is", null)
      .execute();
    expect(orphans).toEqual([]);
  });

  it("keeps the per-lexeme chunk counts that weigh search terms equal to a recount", async () => {
    const mismatches = async () =>
      (
        await sql<{ lexeme: string; stored: number | null; counted: number | null }>`
          with counted as (
            select u.lexeme, count(*)::int as chunks from chunk, unnest(chunk.search) as u group by u.lexeme
          )
          select coalesce(t.lexeme, c.lexeme) as lexeme, t.chunks as stored, c.chunks as counted
          from chunk_term t full join counted c on c.lexeme = t.lexeme
          where t.chunks is distinct from c.chunks
        `.execute(database.db)
      ).rows;
    // The earlier tests added, re-indexed and removed pages (the last through the cascade from document).
    expect(await mismatches()).toEqual([]);
    const { id, body } = await database.db
      .selectFrom("chunk")
      .select(["id", "body"])
      .orderBy("id")
      .limit(1)
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable("chunk")
      .set({ body: `${body} zyxwvut` })
      .where("id", "=", id)
      .execute();
    expect(await mismatches()).toEqual([]);
    await database.db.updateTable("chunk").set({ body }).where("id", "=", id).execute();
    expect(await mismatches()).toEqual([]);
    const gone = await database.db.selectFrom("chunk_term").select("lexeme").where("lexeme", "=", "zyxwvut").execute();
    expect(gone).toEqual([]);
  });

  it("reports malformed files with their reasons and indexes the rest", async () => {
    await writeFile(join(tree.dir, "bad-front-matter.md"), "---\ntitle: [oops\n---\nText\n");
    await writeFile(join(tree.dir, "binary.md"), Buffer.from([0x23, 0x20, 0x41, 0x00, 0x42]));
    await writeFile(join(tree.dir, "huge.md"), `# Huge\n\n${"word ".repeat(220_000)}`);
    await writeFile(join(tree.dir, "latin1.md"), Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
    await writeFile(join(tree.dir, "clash.md"), "---\nslug: /guides\n---\nSame URL as the guides index.\n");
    await writeFile(join(tree.dir, "fine.md"), "# Fine\n\nA perfectly good page about lanterns.\n");
    const summary = await ingestDirectory(database.db, tree.dir);
    expect(summary).toMatchObject({ added: 1, updated: 0, removed: 0, unchanged: 5 });
    expect(summary.skipped).toEqual([
      { path: "bad-front-matter.md", reason: expect.stringMatching(/front matter is not valid YAML/) },
      { path: "binary.md", reason: "file is binary (contains NUL bytes)" },
      { path: "clash.md", reason: "its URL /guides is already used by guides/index.md" },
      { path: "huge.md", reason: expect.stringMatching(/over the 1\.0 MB limit/) },
      { path: "latin1.md", reason: "file is not valid UTF-8 text" },
    ]);
    expect((await documents()).map((row) => row.slug)).toContain("fine");
  });

  it("keeps the indexed version of a page that became malformed", async () => {
    await writeFile(join(tree.dir, "fine.md"), "---\nsidebar_position: soon\n---\n# Fine\n");
    const summary = await ingestDirectory(database.db, tree.dir);
    expect(summary.removed).toBe(0);
    expect(summary.skipped.map((skip) => skip.path)).toContain("fine.md");
    expect((await documents()).map((row) => row.slug)).toContain("fine");
  });

  it("fails with a typed error for a missing directory", async () => {
    await expect(ingestDirectory(database.db, join(tree.dir, "nope"))).rejects.toBeInstanceOf(
      DocsDirectoryNotFoundError,
    );
  });
});
