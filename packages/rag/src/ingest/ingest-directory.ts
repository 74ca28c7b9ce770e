import { basename, resolve } from "node:path";
import type { Database } from "@pagewise/db";
import { type Kysely, sql, type Transaction } from "kysely";
import type { BookReport, IngestOutcome, IngestWarning } from "../book/book-shapes";
import { publishableFolders, readBook } from "../book/read-book";
import type { EmbeddingsConfig } from "../config/rag-runtime";
import { embedChunks } from "../embeddings/embed-chunks";
import { chunksChanged } from "../retrieve/chunk-index/load-chunk-index";
import { assetPathOf, type BookAssetFile } from "./book-assets";
import { createPageParser } from "./parse-in-worker";
import { type PhaseTimer, untimed } from "./phase-timer";
import { type AssetRoots, readAsset } from "./read-asset";
import {
  attempt,
  type DocumentDraft,
  type RenderedBook,
  renderBook,
  transformOptionsOf,
  yieldToEventLoop,
} from "./render-book";

export interface IngestProgress {
  /** "read": parsing files; "write": storing changed pages. */
  phase: "read" | "write";
  done: number;
  total: number;
  path?: string;
}

export interface IngestOptions {
  onProgress?: (progress: IngestProgress) => void;
  /** With an embeddings endpoint, chunks without a vector get one after the text index is written. */
  embeddings?: EmbeddingsConfig | undefined;
  /** Where `/img/…` assets live; defaults to the `static` folder beside the docs folder. */
  staticDir?: string | undefined;
  /** The folder holding `docusaurus.config.*` (SITE_DIR); defaults to the docs folder's parent. */
  siteDir?: string | undefined;
  /** The published site (`https://trpc.io`): links to its other parts (`/blog`) point there instead of being unresolved. */
  siteUrl?: string | undefined;
  /**
   * Parse each page in a worker thread within `pageBudgetMs` (parse-in-worker.ts): a page that runs
   * longer is given up, and the thread's event loop stays free. What the server and the CLI do; off
   * by default, where the caller owns the input (tests, benchmarks) and a thread's start-up would dominate.
   */
  isolatePages?: boolean | undefined;
  /** With `isolatePages`: how long one page may take to parse (PAGE_PARSE_BUDGET_MS by default). */
  pageBudgetMs?: number | undefined;
  /** For `npm run bench:ingest`: where the time goes, phase by phase. */
  timer?: PhaseTimer | undefined;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface IngestSummary {
  added: number;
  updated: number;
  removed: number;
  unchanged: number;
  skipped: SkippedFile[];
  /**
   * Pages that could not be rendered safely (nested too deep, or the parser failed on them):
   * errors for the docs team. Each keeps the version the index had; the rest of the book is indexed.
   */
  failed: SkippedFile[];
  /** What could not be shown as written (unresolved links, missing images, MDX read as Markdown…); pages are still indexed. */
  warnings: IngestWarning[];
  /** Chunks written by this run (0 when nothing changed). */
  chunks: number;
  /** Chunks given a vector by this run (only with `embeddings`). */
  embedded?: number;
  /** Why embedding stopped, when it failed; the full-text index is complete regardless. */
  embeddingError?: string;
  seconds: number;
}

const CHUNK_ROWS_PER_INSERT = 200;

const byPath = (a: SkippedFile, b: SkippedFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Brings the index in line with a docs tree. The book is read and every page
 * parsed and its links resolved, giving its content hash; pages whose hash
 * differs from the stored one are rendered (the costly part) outside the
 * database, so an unchanged re-run renders nothing. Then one transaction deletes
 * pages whose files are gone, rewrites pages whose content hash (source, and
 * what their links, images and partials resolve to) changed, rewrites the book
 * row (sidebar, title, questions, warnings) and the stored assets, so a reader
 * meanwhile sees the old book or the new one, never a mix. A page that cannot
 * be read is reported in `skipped` and keeps whatever version the index had.
 */
export async function ingestDirectory(
  db: Kysely<Database>,
  dir: string,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  await recordIngestOutcome(db, { status: "indexing", at: new Date().toISOString() });
  try {
    return await indexDirectory(db, dir, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordIngestOutcome(db, { status: "failed", at: new Date().toISOString(), message }).catch(() => {});
    throw error;
  }
}

/**
 * Notes how the ingest goes in the stored book's report (when there is a book yet), where every
 * process, `/readyz` and the admin page read it: a failed ingest leaves the book as it was.
 */
async function recordIngestOutcome(db: Kysely<Database>, outcome: IngestOutcome): Promise<void> {
  await db
    .updateTable("book")
    .set({ report: sql`report || jsonb_build_object('ingest', ${JSON.stringify(outcome)}::jsonb)` })
    .where("id", "=", 1)
    .execute();
}

async function indexDirectory(db: Kysely<Database>, dir: string, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const timer = options.timer ?? untimed;
  const book = await timer.timeAsync("read", () =>
    readBook(resolve(dir), { staticDir: options.staticDir, siteDir: options.siteDir }),
  );
  const parser = options.isolatePages ? createPageParser(transformOptionsOf(book), options.pageBudgetMs) : undefined;
  const rendered = await renderBook(book, {
    parser,
    siteUrl: options.siteUrl,
    timer,
    onPage: (done, total, path) =>
      options.onProgress?.(path === undefined ? { phase: "read", done, total } : { phase: "read", done, total, path }),
  }).finally(() => parser?.close());
  const skipped: SkippedFile[] = [...book.skipped];
  const failed: SkippedFile[] = [...book.failed, ...rendered.failed];
  const referencedAssets = rendered.assets.referenced();
  // Rendered before the transaction so the lock is not held through the CPU work. The
  // transaction reads the hashes again; a page another ingest changed meanwhile is rendered there.
  const storedHashes = new Map(
    (await db.selectFrom("document").select(["source_path", "content_hash"]).execute()).map((row) => [
      row.source_path,
      row.content_hash,
    ]),
  );
  const parsed: DocumentDraft[] = [];
  for (const doc of rendered.documents) {
    if (storedHashes.get(doc.sourcePath) !== doc.contentHash) {
      await yieldToEventLoop();
      const content = attempt(() => doc.content());
      if ("failed" in content) {
        failed.push({ path: doc.sourcePath, reason: content.failed });
        continue;
      }
    }
    parsed.push(doc);
  }
  failed.sort(byPath);
  // A page that could not be read or rendered this time keeps its indexed version.
  const onDisk = new Set([...parsed.map((doc) => doc.sourcePath), ...[...skipped, ...failed].map((file) => file.path)]);

  const counts = await timer.timeAsync("write", () =>
    db.transaction().execute(async (trx) => {
      // Two ingests at once would each see the other's pages as new; take turns.
      await sql`select pg_advisory_xact_lock(hashtext('pagewise.rag.ingest'))`.execute(trx);
      const existing = await trx.selectFrom("document").select(["id", "source_path", "slug", "content_hash"]).execute();
      const existingByPath = new Map(existing.map((row) => [row.source_path, row]));

      const removed = existing.filter((row) => !onDisk.has(row.source_path));
      const changed = parsed.filter((doc) => existingByPath.get(doc.sourcePath)?.content_hash !== doc.contentHash);
      const changedPaths = new Set(changed.map((doc) => doc.sourcePath));

      // Pages that stay as they are keep their URLs; a changed page cannot take one of them.
      const claimedSlugs = new Map<string, string>();
      for (const row of existing) {
        if (onDisk.has(row.source_path) && !changedPaths.has(row.source_path))
          claimedSlugs.set(row.slug, row.source_path);
      }
      const toWrite: DocumentDraft[] = [];
      for (const doc of changed) {
        const owner = claimedSlugs.get(doc.slug);
        if (owner !== undefined) {
          skipped.push({ path: doc.sourcePath, reason: `its URL /${doc.slug} is already used by ${owner}` });
          continue;
        }
        claimedSlugs.set(doc.slug, doc.sourcePath);
        toWrite.push(doc);
      }

      // Deleting before inserting lets two pages swap URLs within one run. A changed
      // page that lost its URL to another goes too: its old row would hold a URL it no longer has.
      const rewrittenPaths = [...removed.map((row) => row.source_path), ...changedPaths];
      if (rewrittenPaths.length > 0)
        await trx.deleteFrom("document").where("source_path", "in", rewrittenPaths).execute();

      let chunks = 0;
      for (const [index, doc] of toWrite.entries()) {
        options.onProgress?.({ phase: "write", done: index, total: toWrite.length, path: doc.sourcePath });
        chunks += await insertDocument(trx, doc);
      }
      options.onProgress?.({ phase: "write", done: toWrite.length, total: toWrite.length });

      await writeBookRow(trx, rendered, failed);
      await syncAssets(trx, referencedAssets, publishableFolders(book));

      const added = toWrite.filter((doc) => !existingByPath.has(doc.sourcePath)).length;
      return {
        added,
        updated: toWrite.length - added,
        removed: removed.length,
        unchanged: parsed.length - changed.length,
        chunks,
      };
    }),
  );

  chunksChanged(db);
  skipped.sort(byPath);
  const embedding = options.embeddings === undefined ? {} : await embedAfterIngest(db, options.embeddings);
  return {
    ...counts,
    ...embedding,
    skipped,
    failed,
    warnings: rendered.warnings,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}

/** Outside the transaction: it waits on the network, and a failing endpoint must not undo the text index. */
async function embedAfterIngest(
  db: Kysely<Database>,
  embeddings: EmbeddingsConfig,
): Promise<{ embedded: number; embeddingError?: string }> {
  try {
    return { embedded: await embedChunks(db, embeddings) };
  } catch (error) {
    return { embedded: 0, embeddingError: error instanceof Error ? error.message : String(error) };
  }
}

async function insertDocument(trx: Transaction<Database>, doc: DocumentDraft): Promise<number> {
  const { html, chunks } = doc.content();
  const { id } = await trx
    .insertInto("document")
    .values({
      source_path: doc.sourcePath,
      slug: doc.slug,
      title: doc.title,
      sidebar_label: doc.sidebarLabel,
      sidebar_position: doc.sidebarPosition,
      content_hash: doc.contentHash,
      html,
      toc: JSON.stringify(doc.toc),
      description: doc.description,
      hide_title: doc.hideTitle,
      unlisted: doc.unlisted,
    })
    .returning("id")
    .executeTakeFirstOrThrow();

  const rows = chunks.map((chunk) => ({
    document_id: id,
    ordinal: chunk.ordinal,
    heading_path: chunk.headingPath,
    anchor: chunk.anchor,
    title: doc.title,
    headings: chunk.headings,
    body: chunk.body,
    code: chunk.code,
  }));
  for (let start = 0; start < rows.length; start += CHUNK_ROWS_PER_INSERT) {
    await trx
      .insertInto("chunk")
      .values(rows.slice(start, start + CHUNK_ROWS_PER_INSERT))
      .execute();
  }
  return rows.length;
}

async function writeBookRow(
  trx: Transaction<Database>,
  book: Pick<RenderedBook, "title" | "tagline" | "editUrl" | "sidebars" | "questions" | "warnings">,
  failed: SkippedFile[],
): Promise<void> {
  const report: BookReport = {
    warnings: book.warnings,
    failed,
    ingest: { status: "indexed", at: new Date().toISOString() },
  };
  const row = {
    title: book.title,
    tagline: book.tagline,
    edit_url: book.editUrl,
    sidebar: JSON.stringify(book.sidebars),
    questions: JSON.stringify(book.questions),
    report: JSON.stringify(report),
    updated_at: new Date(),
  };
  await trx
    .insertInto("book")
    .values({ id: 1, ...row })
    .onConflict((conflict) => conflict.column("id").doUpdateSet(row))
    .execute();
}

/**
 * Stores newly referenced assets (their path names their content, so a stored one never changes) and drops the rest.
 * Each is read again through the same checks, and stored only if it still has the bytes its path names.
 */
async function syncAssets(
  trx: Transaction<Database>,
  referenced: ReadonlyMap<string, BookAssetFile>,
  roots: AssetRoots,
): Promise<void> {
  const stored = new Set((await trx.selectFrom("book_asset").select("path").execute()).map((row) => row.path));
  for (const asset of referenced.values()) {
    if (stored.has(asset.path)) continue;
    const read = readAsset(asset.absolutePath, roots);
    if (!read.ok || assetPathOf(basename(asset.path), read.bytes) !== asset.path) continue;
    await trx
      .insertInto("book_asset")
      .values({ path: asset.path, content_type: asset.contentType, bytes: read.bytes })
      .execute();
  }
  const unreferenced = [...stored].filter((path) => !referenced.has(path));
  if (unreferenced.length > 0) await trx.deleteFrom("book_asset").where("path", "in", unreferenced).execute();
}
