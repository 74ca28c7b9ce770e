import { resolve } from "node:path";
import type { Database } from "@pagewise/db";
import { type Kysely, sql, type Transaction } from "kysely";
import type { EmbeddingsConfig } from "../config/rag-runtime";
import { embedChunks } from "../embeddings/embed-chunks";
import { type ParsedDocument, parseDoc } from "./parse-doc";
import { readDocFile } from "./read-doc-file";
import { readDocsTree } from "./read-docs-tree";

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
  /** Chunks written by this run (0 when nothing changed). */
  chunks: number;
  /** Chunks given a vector by this run (only with `embeddings`). */
  embedded?: number;
  /** Why embedding stopped, when it failed; the full-text index is complete regardless. */
  embeddingError?: string;
  seconds: number;
}

const CHUNK_ROWS_PER_INSERT = 200;

/**
 * Brings the index in line with a docs tree. Pages are parsed first, outside the
 * database; then one transaction deletes pages whose files are gone and rewrites
 * pages whose content hash changed, so a reader searching meanwhile sees the
 * old index or the new one, never a mix. A page that cannot be read or parsed
 * is reported in `skipped` and keeps whatever version the index already had.
 */
export async function ingestDirectory(
  db: Kysely<Database>,
  dir: string,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const root = resolve(dir);
  const files = await readDocsTree(root);

  const skipped: SkippedFile[] = [];
  const parsed: ParsedDocument[] = [];
  for (const [index, file] of files.entries()) {
    options.onProgress?.({ phase: "read", done: index, total: files.length, path: file.sourcePath });
    const read = await readDocFile(file.absolutePath);
    const result = read.ok ? parseDoc(file.sourcePath, read.source) : read;
    if (result.ok) parsed.push(result.document);
    else skipped.push({ path: file.sourcePath, reason: result.reason });
  }
  options.onProgress?.({ phase: "read", done: files.length, total: files.length });

  const onDisk = new Set(files.map((file) => file.sourcePath));
  const counts = await db.transaction().execute(async (trx) => {
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
    const toWrite: ParsedDocument[] = [];
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

    const added = toWrite.filter((doc) => !existingByPath.has(doc.sourcePath)).length;
    return {
      added,
      updated: toWrite.length - added,
      removed: removed.length,
      unchanged: parsed.length - changed.length,
      chunks,
    };
  });

  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const embedding = options.embeddings === undefined ? {} : await embedAfterIngest(db, options.embeddings);
  return { ...counts, ...embedding, skipped, seconds: Math.round((performance.now() - started) / 10) / 100 };
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

async function insertDocument(trx: Transaction<Database>, doc: ParsedDocument): Promise<number> {
  const { id } = await trx
    .insertInto("document")
    .values({
      source_path: doc.sourcePath,
      slug: doc.slug,
      title: doc.title,
      sidebar_label: doc.sidebarLabel,
      sidebar_position: doc.sidebarPosition,
      content_hash: doc.contentHash,
      markdown: doc.markdown,
      headings: JSON.stringify(doc.headings),
    })
    .returning("id")
    .executeTakeFirstOrThrow();

  const rows = doc.chunks.map((chunk) => ({
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
