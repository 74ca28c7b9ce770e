import { basename, relative, resolve, sep } from "node:path";
import type { BookReport, IngestOutcome, IngestWarning } from "@pagewise/book";
import {
  type AssetRoots,
  assetPathOf,
  type Book,
  type BookAssetFile,
  type BookVersionSource,
  CURRENT_VERSION,
  type PhaseTimer,
  publishableFolders,
  readAsset,
  readBook,
  SharedParses,
  untimed,
} from "@pagewise/book";
import type { DocumentDraft, RenderedBook } from "@pagewise/book/render";
import type { Database } from "@pagewise/db";
import { type Kysely, sql, type Transaction } from "kysely";
import type { EmbeddingsConfig } from "../config/rag-runtime";
import { embedChunks } from "../embeddings/embed-chunks";
import { chunksChanged } from "../retrieve/chunk-index/load-chunk-index";
import { sourceFingerprint } from "./source-fingerprint";

export interface IngestProgress {
  /** "read": parsing files; "write": storing changed pages. */
  phase: "read" | "write";
  done: number;
  total: number;
  path?: string;
  /** While reading a site with versions: the version whose files these are. */
  version?: string;
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
  /**
   * The site's versions (locateSiteBook), each ingested as a book of its own; without them, `dir`
   * is the one version, `current`, served at /docs.
   */
  versions?: BookVersionSource[] | undefined;
  /**
   * What the server does at start-up: when every input hashes as it did after the last complete
   * ingest (source-fingerprint.ts) and no chunk changed since, confirm the book without parsing
   * it (`confirmedUnchanged` in the summary). The ingest command always does the whole pass.
   */
  skipWhenUnchanged?: boolean | undefined;
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
  /** The versions read, by name (`current` alone for a site without versions). */
  versions: string[];
  /** Pages parsed once for several versions that hold them unchanged (shared-parses.ts). */
  sharedParses: number;
  /** True when nothing was parsed: the sources were found as the last complete ingest left them (`skipWhenUnchanged`). */
  confirmedUnchanged: boolean;
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

/** One version's book, read and rendered, before anything is written. */
interface RenderedVersion {
  source: BookVersionSource;
  book: Book;
  rendered: RenderedBook;
  /** Where its files are, relative to the site, to name them in reports ("" for a site without versions). */
  shownAs: string;
}

/** The one version of a docs folder read on its own (DOCS_DIR): `current`, served at /docs. */
export function singleVersion(dir: string): BookVersionSource {
  return {
    name: CURRENT_VERSION,
    label: "Next",
    path: "",
    banner: null,
    badge: false,
    isLast: true,
    docsDir: resolve(dir),
    sidebarsPath: undefined,
  };
}

const keyOf = (version: string, sourcePath: string) => `${version}\0${sourcePath}`;

async function indexDirectory(db: Kysely<Database>, dir: string, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const timer = options.timer ?? untimed;
  const sources = options.versions ?? [singleVersion(dir)];
  const fingerprint = await sourceFingerprint({ ...options, versions: sources });
  if (options.skipWhenUnchanged && fingerprint !== undefined && (await isIndexedFrom(db, fingerprint))) {
    return confirmUnchanged(db, sources, options, started);
  }
  // The Markdown/MDX, math and highlighting machinery, loaded only now that pages must be rendered.
  const { attempt, yieldToEventLoop } = await import("@pagewise/book/render");
  const shared = new SharedParses();
  const versions: RenderedVersion[] = [];
  for (const source of sources) {
    versions.push(await renderVersion(source, sources.length > 1, shared, options));
  }
  const skipped: SkippedFile[] = versions.flatMap(({ book, shownAs }) => book.skipped.map(shownIn(shownAs)));
  const failed: SkippedFile[] = versions.flatMap(({ book, rendered, shownAs }) =>
    [...book.failed, ...rendered.failed].map(shownIn(shownAs)),
  );
  const warnings = versions.flatMap(({ rendered, shownAs }) => rendered.warnings.map(shownIn(shownAs)));
  // Rendered before the transaction so the lock is not held through the CPU work. The
  // transaction reads the hashes again; a page another ingest changed meanwhile is rendered there.
  const storedHashes = new Map(
    (await db.selectFrom("document").select(["version", "source_path", "content_hash"]).execute()).map((row) => [
      keyOf(row.version, row.source_path),
      row.content_hash,
    ]),
  );
  const parsed: VersionedDraft[] = [];
  // Pages whose rendering failed this time: they keep the version the index has.
  const renderFailed: string[] = [];
  for (const { source, rendered, shownAs } of versions) {
    for (const doc of rendered.documents) {
      if (storedHashes.get(keyOf(source.name, doc.sourcePath)) !== doc.contentHash) {
        await yieldToEventLoop();
        const content = attempt(() => doc.content());
        if ("failed" in content) {
          failed.push(shownIn(shownAs)({ path: doc.sourcePath, reason: content.failed }));
          renderFailed.push(keyOf(source.name, doc.sourcePath));
          continue;
        }
      }
      parsed.push({ version: source.name, shownAs, doc });
    }
  }
  failed.sort(byPath);
  // A page that could not be read or rendered this time keeps its indexed version.
  const onDisk = new Set([
    ...parsed.map(({ version, doc }) => keyOf(version, doc.sourcePath)),
    ...renderFailed,
    ...versions.flatMap(({ source, book, rendered }) =>
      [...book.skipped, ...book.failed, ...rendered.failed].map((file) => keyOf(source.name, file.path)),
    ),
  ]);
  const lastVersion = versions.find(({ source }) => source.isLast) ?? versions[0];

  const counts = await timer.timeAsync("write", () =>
    db.transaction().execute(async (trx) => {
      // Two ingests at once would each see the other's pages as new; take turns.
      await sql`select pg_advisory_xact_lock(hashtext('pagewise.rag.ingest'))`.execute(trx);
      const existing = await trx
        .selectFrom("document")
        .select(["id", "version", "source_path", "slug", "content_hash"])
        .execute();
      const existingByKey = new Map(existing.map((row) => [keyOf(row.version, row.source_path), row]));

      const removed = existing.filter((row) => !onDisk.has(keyOf(row.version, row.source_path)));
      const changed = parsed.filter(
        ({ version, doc }) => existingByKey.get(keyOf(version, doc.sourcePath))?.content_hash !== doc.contentHash,
      );
      const changedKeys = new Set(changed.map(({ version, doc }) => keyOf(version, doc.sourcePath)));

      // Pages that stay as they are keep their URLs; a changed page cannot take one of them.
      const claimedSlugs = new Map<string, string>();
      for (const row of existing) {
        const key = keyOf(row.version, row.source_path);
        if (onDisk.has(key) && !changedKeys.has(key))
          claimedSlugs.set(row.slug, shownPath(row.source_path, row.version, versions));
      }
      const toWrite: VersionedDraft[] = [];
      for (const draft of changed) {
        const { doc, shownAs } = draft;
        const owner = claimedSlugs.get(doc.slug);
        const path = shownIn(shownAs)({ path: doc.sourcePath }).path;
        if (owner !== undefined) {
          skipped.push({ path, reason: `its URL /docs/${doc.slug} is already used by ${owner}` });
          continue;
        }
        claimedSlugs.set(doc.slug, path);
        toWrite.push(draft);
      }

      // Deleting before inserting lets two pages swap URLs within one run. A changed
      // page that lost its URL to another goes too: its old row would hold a URL it no longer has.
      const rewritten = [...removed, ...existing.filter((row) => changedKeys.has(keyOf(row.version, row.source_path)))];
      for (let start = 0; start < rewritten.length; start += CHUNK_ROWS_PER_INSERT) {
        const ids = rewritten.slice(start, start + CHUNK_ROWS_PER_INSERT).map((row) => row.id);
        await trx.deleteFrom("document").where("id", "in", ids).execute();
      }

      let chunks = 0;
      for (const [index, { version, doc }] of toWrite.entries()) {
        options.onProgress?.({ phase: "write", done: index, total: toWrite.length, path: doc.sourcePath, version });
        chunks += await insertDocument(trx, version, doc);
      }
      options.onProgress?.({ phase: "write", done: toWrite.length, total: toWrite.length });

      if (lastVersion !== undefined) await writeBookRow(trx, lastVersion.rendered, warnings, failed);
      await writeVersionRows(trx, versions);
      await syncAssets(trx, new Map(versions.flatMap(({ rendered }) => [...rendered.assets.referenced()])), [
        ...new Set(versions.flatMap(({ book }) => publishableFolders(book))),
      ]);

      const added = toWrite.filter(({ version, doc }) => !existingByKey.has(keyOf(version, doc.sourcePath))).length;
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
  // A page that failed may succeed next time (a budget missed under load): only a complete ingest vouches for its sources.
  if (fingerprint !== undefined && failed.length === 0) await recordFingerprint(db, fingerprint);
  skipped.sort(byPath);
  const embedding = options.embeddings === undefined ? {} : await embedAfterIngest(db, options.embeddings);
  return {
    ...counts,
    ...embedding,
    skipped,
    failed,
    warnings,
    versions: sources.map((source) => source.name),
    sharedParses: shared.reused,
    confirmedUnchanged: false,
    seconds: secondsSince(started),
  };
}

function secondsSince(started: number): number {
  return Math.round((performance.now() - started) / 10) / 100;
}

/** The stored fingerprint: the sources' hash, and the chunk generation the ingest left (any later change to the chunks voids it). */
async function storedFingerprintOf(db: Kysely<Database>, fingerprint: string): Promise<string> {
  const { value } = await db.selectFrom("chunk_generation").select("value").executeTakeFirstOrThrow();
  return `${fingerprint} ${value}`;
}

async function recordFingerprint(db: Kysely<Database>, fingerprint: string): Promise<void> {
  const stored = await storedFingerprintOf(db, fingerprint);
  await db.updateTable("book").set({ source_fingerprint: stored }).where("id", "=", 1).execute();
}

async function isIndexedFrom(db: Kysely<Database>, fingerprint: string): Promise<boolean> {
  const row = await db.selectFrom("book").select("source_fingerprint").where("id", "=", 1).executeTakeFirst();
  return row?.source_fingerprint === (await storedFingerprintOf(db, fingerprint));
}

/** The summary of an ingest that found nothing to do; vectors still missing (an endpoint that was down) are still added. */
async function confirmUnchanged(
  db: Kysely<Database>,
  sources: BookVersionSource[],
  options: IngestOptions,
  started: number,
): Promise<IngestSummary> {
  const { count } = await db
    .selectFrom("document")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .executeTakeFirstOrThrow();
  await recordIngestOutcome(db, { status: "indexed", at: new Date().toISOString() });
  const embedding = options.embeddings === undefined ? {} : await embedAfterIngest(db, options.embeddings);
  return {
    added: 0,
    updated: 0,
    removed: 0,
    unchanged: Number(count),
    chunks: 0,
    ...embedding,
    skipped: [],
    failed: [],
    warnings: [],
    versions: sources.map((source) => source.name),
    sharedParses: 0,
    confirmedUnchanged: true,
    seconds: secondsSince(started),
  };
}

interface VersionedDraft {
  version: string;
  shownAs: string;
  doc: DocumentDraft;
}

/** Reads and renders one version's pages (parsed in workers with `isolatePages`), sharing parses with the others. */
async function renderVersion(
  source: BookVersionSource,
  several: boolean,
  shared: SharedParses,
  options: IngestOptions,
): Promise<RenderedVersion> {
  const timer = options.timer ?? untimed;
  const { createPageParser, renderBook, transformOptionsOf } = await import("@pagewise/book/render");
  const book = await timer.timeAsync("read", () =>
    readBook(source.docsDir, {
      staticDir: options.staticDir,
      siteDir: options.siteDir,
      slugPrefix: source.path,
      sidebarsPath: source.sidebarsPath,
    }),
  );
  const parser = options.isolatePages ? createPageParser(transformOptionsOf(book), options.pageBudgetMs) : undefined;
  const version = several ? source.name : undefined;
  const rendered = await renderBook(book, {
    parser,
    siteUrl: options.siteUrl,
    timer,
    shared,
    onPage: (done, total, path) =>
      options.onProgress?.({
        phase: "read",
        done,
        total,
        ...(path === undefined ? {} : { path }),
        ...(version === undefined ? {} : { version }),
      }),
  }).finally(() => parser?.close());
  const shownAs = several ? relative(book.siteDir, book.root).split(sep).join("/") : "";
  return { source, book, rendered, shownAs };
}

/** A report entry's path as the docs team finds the file: inside its version's folder when the site has several. */
function shownIn(shownAs: string) {
  return <T extends { path: string }>(entry: T): T =>
    shownAs === "" || shownAs.startsWith("..") ? entry : { ...entry, path: `${shownAs}/${entry.path}` };
}

function shownPath(sourcePath: string, version: string, versions: RenderedVersion[]): string {
  const shownAs = versions.find(({ source }) => source.name === version)?.shownAs ?? "";
  return shownIn(shownAs)({ path: sourcePath }).path;
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

async function insertDocument(trx: Transaction<Database>, version: string, doc: DocumentDraft): Promise<number> {
  const { html, chunks } = doc.content();
  const { id } = await trx
    .insertInto("document")
    .values({
      version,
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

/** What the site has once: its title and tagline, suggested questions (from the last version) and the ingest's report. */
async function writeBookRow(
  trx: Transaction<Database>,
  book: Pick<RenderedBook, "title" | "tagline" | "questions">,
  warnings: IngestWarning[],
  failed: SkippedFile[],
): Promise<void> {
  const report: BookReport = {
    warnings,
    failed,
    ingest: { status: "indexed", at: new Date().toISOString() },
  };
  const row = {
    title: book.title,
    tagline: book.tagline,
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

/** One row a version, in menu order: its label, path, banner, sidebars and edit link. Versions the site dropped go. */
async function writeVersionRows(trx: Transaction<Database>, versions: RenderedVersion[]): Promise<void> {
  // Paths and "last" are unique: clear the old rows first, so two versions may trade them.
  await trx.deleteFrom("book_version").execute();
  for (const [position, { source, rendered }] of versions.entries()) {
    await trx
      .insertInto("book_version")
      .values({
        name: source.name,
        label: source.label,
        path: source.path,
        banner: source.banner,
        badge: source.badge,
        is_last: source.isLast,
        position,
        sidebar: JSON.stringify(rendered.sidebars),
        edit_url: rendered.editUrl,
      })
      .execute();
  }
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
