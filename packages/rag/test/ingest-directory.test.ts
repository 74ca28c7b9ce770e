import { appendFile, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DocsDirectoryNotFoundError } from "@pagewise/book";
import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type IngestProgress, ingestDirectory, searchChunks } from "../src";
import { chunksChanged, loadChunkIndex } from "../src/retrieve/chunk-index/load-chunk-index";
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

  it("reports what it could not show, with file and line, and renders it as text", async () => {
    const summary = await ingestDirectory(database.db, tree.dir);
    expect(summary.warnings).toEqual([
      {
        kind: "unresolved-link",
        path: "guides/01-getting-started.md",
        line: 3,
        message: expect.stringMatching(/^\.\/old-setup\.md: /),
      },
      {
        kind: "missing-asset",
        path: "guides/01-getting-started.md",
        line: 5,
        message: expect.stringMatching(/^\.\/img\/architecture\.png: /),
      },
    ]);
    const { html } = await database.db
      .selectFrom("document")
      .select("html")
      .where("source_path", "=", "guides/01-getting-started.md")
      .executeTakeFirstOrThrow();
    expect(html).toContain('<span class="unresolved-link">old setup guide</span>');
    expect(html).toContain(
      '<span class="missing-image" role="img" aria-label="Architecture diagram">Architecture diagram</span>',
    );
    const book = await database.db.selectFrom("book").selectAll().executeTakeFirstOrThrow();
    expect(book.report).toEqual({
      warnings: summary.warnings,
      failed: [],
      ingest: { status: "indexed", at: expect.any(String) },
    });
  });

  it("stores the rendered article, its outline and its chunks with deep links", async () => {
    const page = await database.db
      .selectFrom("document")
      .selectAll()
      .where("source_path", "=", "guides/syncing.mdx")
      .executeTakeFirstOrThrow();
    expect(page.html).not.toMatch(/import|<Tabs|TabItem|relayDefaults|reviewers|MDX comment|:::/);
    expect(page.html).toMatch(/^<h1>Syncing notebooks<\/h1>/);
    expect(page.html).toContain("Scan the pairing code");
    expect(page.html).toContain(
      '<div class="admonition admonition-warning" role="note" aria-label="Warning: Keep your pairing code private">' +
        '<p class="admonition-heading">Keep your pairing code private</p>',
    );
    expect(page.html).toContain('<div role="tablist" class="tabs-list">');
    expect(page.html).toContain("This partial is included by other pages");
    expect(page.html).toContain('<a href="/docs/guides/getting-started#install-the-tool">install the tool</a>');
    expect(page.html).toMatch(
      /<img src="\/book-assets\/[0-9a-f]{16}\/pairing\.png" alt="Pairing screen" loading="lazy">/,
    );
    expect(page.html).toContain('<figure class="code-block" data-language="sh">');
    expect(page.sidebar_position).toBe(3);
    expect(page.description).toBe(
      "Syncing sends your notebook to a relay, which passes changes on to your other devices.",
    );
    expect(page.toc).toEqual([
      { depth: 2, text: "Conflict resolution", id: "conflicts" },
      { depth: 2, text: "Setup", id: "setup" },
      { depth: 2, text: "Setup", id: "setup-1" },
    ]);
    const chunks = await database.db
      .selectFrom("chunk")
      .select(["ordinal", "heading_path", "anchor", "title", "body", "code"])
      .where("document_id", "=", page.id)
      .orderBy("ordinal")
      .execute();
    expect(chunks.map((chunk) => chunk.anchor)).toEqual(["", "conflicts", "setup", "setup-1"]);
    expect(chunks[0]?.body).toContain("Anyone holding the pairing code can read your notebooks");
    expect(chunks[2]).toMatchObject({
      heading_path: ["Setup"],
      title: "Syncing notebooks",
      code: "quill relay add https://relay.example.org --name home",
    });
    const assets = await database.db.selectFrom("book_asset").select(["path", "content_type"]).execute();
    expect(assets).toEqual([
      { path: expect.stringMatching(/^[0-9a-f]{16}\/pairing\.png$/), content_type: "image/png" },
    ]);
  });

  it("stores the book: sidebar, title, tagline and questions", async () => {
    const book = await database.db.selectFrom("book").selectAll().executeTakeFirstOrThrow();
    expect(book).toMatchObject({ title: "Welcome to Quillstack" });
    expect(book.tagline).toMatch(/^Quillstack keeps your notebooks in sync between devices\./);
    const version = await database.db.selectFrom("book_version").selectAll().executeTakeFirstOrThrow();
    expect(version).toMatchObject({ name: "current", path: "", is_last: true, banner: null });
    expect(version.sidebar).toEqual([
      {
        id: "defaultSidebar",
        items: [
          { type: "doc", label: "Welcome", slug: "" },
          {
            type: "category",
            label: "Guides",
            slug: "guides",
            collapsed: true,
            items: [
              { type: "doc", label: "Getting started", slug: "guides/getting-started" },
              { type: "doc", label: "Syncing notebooks", slug: "guides/syncing" },
            ],
          },
          {
            type: "category",
            label: "Reference",
            slug: null,
            collapsed: true,
            items: [
              { type: "doc", label: "Config", slug: "reference/configuration" },
              { type: "doc", label: "Troubleshooting", slug: "reference/fixing-problems" },
            ],
          },
        ],
      },
    ]);
    expect(book.questions).toContain("How do I install the tool?");
  });

  it("does nothing on a second run over the same tree", async () => {
    const before = await documents();
    const summary = await ingestDirectory(database.db, tree.dir);
    expect(summary).toMatchObject({ added: 0, updated: 0, removed: 0, unchanged: 6, chunks: 0, skipped: [] });
    expect(await documents()).toEqual(before);
  });

  it("stores the same article and chunks for a page rendered alone as for a full render", async () => {
    // Only pages whose hash changed are rendered now; each must come out as it did when every page was.
    const stored = () =>
      Promise.all([
        database.db.selectFrom("document").select(["source_path", "html", "toc"]).orderBy("source_path").execute(),
        database.db
          .selectFrom("chunk")
          .innerJoin("document", "document.id", "chunk.document_id")
          .select(["source_path", "ordinal", "anchor", "headings", "body", "code"])
          .orderBy("source_path")
          .orderBy("ordinal")
          .execute(),
      ]);
    const before = await stored();
    await database.db.updateTable("document").set({ content_hash: "stale" }).execute();
    expect(await ingestDirectory(database.db, tree.dir)).toMatchObject({ updated: 6, unchanged: 0 });
    expect(await stored()).toEqual(before);
    for (const page of ["guides/syncing.mdx", "intro.md"]) {
      await database.db
        .updateTable("document")
        .set({ content_hash: "stale" })
        .where("source_path", "=", page)
        .execute();
      expect(await ingestDirectory(database.db, tree.dir)).toMatchObject({ updated: 1, unchanged: 5 });
    }
    expect(await stored()).toEqual(before);
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

  it("re-renders a page whose link target changed, though its own file did not", async () => {
    const config = join(tree.dir, "reference/config.md");
    const original = await readFile(config, "utf8");
    await writeFile(config, original.replace("## Options", "## Settings"));
    const broken = await ingestDirectory(database.db, tree.dir);
    expect(broken).toMatchObject({ added: 0, updated: 2, removed: 0, unchanged: 4 });
    expect(broken.warnings).toContainEqual({
      kind: "unresolved-link",
      path: "reference/troubleshooting.md",
      line: 10,
      message: expect.stringContaining("/docs/reference/configuration#options"),
    });
    await writeFile(config, original);
    const fixed = await ingestDirectory(database.db, tree.dir);
    expect(fixed).toMatchObject({ added: 0, updated: 2, removed: 0, unchanged: 4 });
    const { html } = await database.db
      .selectFrom("document")
      .select("html")
      .where("source_path", "=", "reference/troubleshooting.md")
      .executeTakeFirstOrThrow();
    expect(html).toContain('<a href="/docs/reference/configuration#options">configuration options</a>');
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

  it("keeps the in-memory index that ranks search equal to the chunks, through every change", async () => {
    const mismatches = async () => {
      const index = await loadChunkIndex(database.db);
      const { rows } = await sql<{ lexeme: string; chunks: number }>`
        select u.lexeme, count(*)::int as chunks from chunk, unnest(chunk.search) as u group by u.lexeme
      `.execute(database.db);
      const counted = new Map(rows.map((row) => [row.lexeme, row.chunks]));
      const held = new Map([...index.postings].map(([lexeme, posting]) => [lexeme, posting.chunks.length]));
      return [...new Set([...counted.keys(), ...held.keys()])].filter(
        (lexeme) => counted.get(lexeme) !== held.get(lexeme),
      );
    };
    // The earlier tests added, re-indexed and removed pages (the last through the cascade from document).
    expect(await mismatches()).toEqual([]);
    const { id, body } = await database.db
      .selectFrom("chunk")
      .select(["id", "body"])
      .orderBy("id")
      .limit(1)
      .executeTakeFirstOrThrow();
    // A write from outside ingest, announced: the next question sees it.
    await database.db
      .updateTable("chunk")
      .set({ body: `${body} zyxwvut` })
      .where("id", "=", id)
      .execute();
    chunksChanged(database.db);
    expect(await mismatches()).toEqual([]);
    expect((await searchChunks(database.db, "zyxwvut")).map((hit) => hit.chunkId)).toEqual([id]);
    // Unannounced (another process's write): a question within the second may still see the
    // index as it was; one after it sees the change.
    await database.db.updateTable("chunk").set({ body }).where("id", "=", id).execute();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await mismatches()).toEqual([]);
    expect(await searchChunks(database.db, "zyxwvut")).toEqual([]);
  });

  it("reports malformed files with their reasons and indexes the rest", async () => {
    await writeFile(join(tree.dir, "bad-front-matter.md"), "---\ntitle: [oops\n---\nText\n");
    await writeFile(join(tree.dir, "binary.md"), Buffer.from([0x23, 0x20, 0x41, 0x00, 0x42]));
    await writeFile(join(tree.dir, "huge.md"), `# Huge\n\n${"word ".repeat(220_000)}`);
    await writeFile(join(tree.dir, "latin1.md"), Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
    await writeFile(join(tree.dir, "clash.md"), "---\nslug: /guides\n---\nSame URL as the guides index.\n");
    await writeFile(join(tree.dir, "fine.md"), "# Fine\n\nA perfectly good page about lanterns.\n");
    const summary = await ingestDirectory(database.db, tree.dir);
    expect(summary).toMatchObject({ added: 1, updated: 0, removed: 0, unchanged: 4 });
    expect(summary.skipped).toEqual([
      { path: "bad-front-matter.md", reason: expect.stringMatching(/front matter is not valid YAML/) },
      { path: "binary.md", reason: "file is binary (contains NUL bytes)" },
      // The book takes the first file for a URL; the index keeps the page that had it.
      { path: "clash.md", reason: "its URL /docs/guides is already used by guides/index.md" },
      { path: "guides/index.md", reason: "it has the same URL /docs/guides as clash.md" },
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
