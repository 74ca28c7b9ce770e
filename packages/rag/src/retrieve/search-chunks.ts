import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import type { RagRuntime } from "../config/rag-runtime";
import { queryTerms } from "./build-query";
import type { ChunkIndex, IndexedChunk } from "./chunk-index/chunk-index";
import { loadChunkIndex } from "./chunk-index/load-chunk-index";
import { fuseRankings } from "./fuse-rankings";
import { rankChunks } from "./rank-chunks";
import { nearestChunks, type SemanticQuery, semanticQuery } from "./semantic-search";
import { markedSnippets } from "./snippet";
import { type Term, weighTerms } from "./weigh-terms";

export interface SearchOptions {
  /** How many passages to return (default 5). */
  k?: number;
  /** A chunk id never to return (the passage a selection came from). */
  excludeChunkId?: string;
  /** The question as a vector: its nearest chunks are fused with the full-text ranking. */
  semantic?: SemanticQuery | undefined;
}

export interface SearchChunksOptions extends Omit<SearchOptions, "semantic"> {
  /** With `embeddings` configured, the semantic leg runs too; without, full-text search alone. */
  runtime?: RagRuntime | undefined;
  /** The version of the book to search; by default the last one. */
  version?: string | undefined;
}

export interface ChunkHit
  extends Pick<IndexedChunk, "documentId" | "source" | "slug" | "title" | "headingPath" | "anchor" | "body" | "code"> {
  chunkId: string;
  /**
   * A short excerpt with matches wrapped in `<mark>`…`</mark>`. Everything else
   * is text from the page, not HTML: render it as text and only the marks as markup.
   */
  snippet: string;
  score: number;
  /** "all": the chunk has every term; "any": some of them; "semantic": found by its vector alone. */
  match: Match;
  /** Its cosine similarity to the question, when the semantic leg ran and found it among its nearest. */
  similarity?: number | undefined;
}

const CANDIDATES = 200;
/** At most this many passages come from one page, so an answer can cite several. */
export const MAX_PER_DOCUMENT = 2;

type Match = "all" | "any" | "semantic";

/** How many nearest chunks the semantic leg contributes to the fusion. */
const SEMANTIC_CANDIDATES = 50;

interface Ranked {
  id: string;
  document_id: string;
  score: number;
}

interface RankedMatch extends Ranked {
  match: Match;
  similarity?: number | undefined;
}

/**
 * Full-text search over the chunks, ranked in memory (rank-chunks.ts) from
 * the book's current index: one idf-weighted ranking over every term of the
 * question (common ones count less, none is dropped), in which a passage with
 * all the terms is marked "all" and one with some "any". At most two passages
 * come from one page, so the answer can cite several.
 */
export async function searchChunks(
  db: Kysely<Database>,
  question: string,
  options: SearchChunksOptions = {},
): Promise<ChunkHit[]> {
  const { runtime, version, ...rest } = options;
  const semantic =
    runtime?.embeddings === undefined
      ? undefined
      : await semanticQuery(db, runtime.embeddings, question, runtime.logger);
  const index = await loadChunkIndex(db, version);
  return searchTerms(db, index, await weighTerms(db, index, queryTerms(question)), { ...rest, semantic });
}

/** searchChunks for terms already chosen and weighed (select-to-ask picks the distinctive words of a passage). */
export async function searchTerms(
  db: Kysely<Database>,
  index: ChunkIndex,
  terms: Term[],
  options: SearchOptions = {},
): Promise<ChunkHit[]> {
  const k = Math.max(1, Math.min(50, Math.floor(options.k ?? 5)));
  if (options.semantic !== undefined)
    return searchHybrid(db, index, terms, options.semantic, k, options.excludeChunkId);
  if (terms.length === 0) return [];
  return withSnippets(db, index, bestPassages(index, terms, k, options.excludeChunkId), terms);
}

/**
 * The best `k` passages, at most MAX_PER_DOCUMENT from a page. Ranking is
 * total (ties broken by page and position), so the best few are a prefix of
 * the best CANDIDATES: the shallow ranking usually fills `k`, and only when it
 * cannot is the deep one made.
 */
function bestPassages(index: ChunkIndex, terms: Term[], k: number, excludeChunkId: string | undefined): RankedMatch[] {
  const depth = Math.min(k * 8, CANDIDATES);
  const shallow = rank(index, terms, depth, excludeChunkId);
  const picked = diversify(shallow, [], k);
  if (picked.length === k || shallow.length < depth || depth === CANDIDATES) return picked;
  return diversify(rank(index, terms, CANDIDATES, excludeChunkId), [], k);
}

/**
 * Full-text and semantic retrieval fused by reciprocal rank: the full-text list
 * is what searchTerms would rank (every-term matches, then any-term ones), the
 * semantic list the nearest vectors, so a passage that says the same thing in
 * other words can still be found, and one both legs like rises to the top.
 */
async function searchHybrid(
  db: Kysely<Database>,
  index: ChunkIndex,
  terms: Term[],
  semantic: SemanticQuery,
  k: number,
  excludeChunkId: string | undefined,
): Promise<ChunkHit[]> {
  const fullText = terms.length === 0 ? [] : rank(index, terms, CANDIDATES, excludeChunkId);
  const nearest = (await nearestChunks(db, semantic, SEMANTIC_CANDIDATES, excludeChunkId, index.version)).map(
    (row) => ({
      id: row.id,
      document_id: row.document_id,
      score: row.similarity,
      match: "semantic" as const,
    }),
  );
  // Fusion keeps the full-text row of a chunk both legs found; its similarity is looked up.
  const similarityOf = new Map(nearest.map((row) => [row.id, row.score]));
  const fused = fuseRankings<RankedMatch>([fullText, nearest]).map(({ fused, ...row }) => ({
    ...row,
    score: fused,
    similarity: similarityOf.get(row.id),
  }));
  return withSnippets(db, index, diversify(fused, [], k), terms);
}

/** The in-memory ranking (rank-chunks.ts), as rows (a loop: flatMap's arrays per row were a visible share of a question). */
function rank(index: ChunkIndex, terms: Term[], limit: number, excludeChunkId: string | undefined): RankedMatch[] {
  const rows: RankedMatch[] = [];
  for (const { chunk, score, complete } of rankChunks(index, terms, limit, excludeChunkId)) {
    const row = index.chunks[chunk];
    if (row !== undefined)
      rows.push({ id: row.id, document_id: row.documentId, score, match: complete ? "all" : "any" });
  }
  return rows;
}

/** The best `count` rows in order, skipping pages that already have MAX_PER_DOCUMENT passages (counting `already`). */
function diversify<T extends Ranked>(rows: T[], already: Ranked[], count: number): T[] {
  const perDocument = new Map<string, number>();
  for (const row of already) perDocument.set(row.document_id, (perDocument.get(row.document_id) ?? 0) + 1);
  const result: T[] = [];
  for (const row of rows) {
    if (result.length >= count) break;
    const used = perDocument.get(row.document_id) ?? 0;
    if (used >= MAX_PER_DOCUMENT) continue;
    perDocument.set(row.document_id, used + 1);
    result.push(row);
  }
  return result;
}

/** Chunks (indexes into the index) as hits with their snippets, at the given scores. */
export async function chunkHits(
  db: Kysely<Database>,
  index: ChunkIndex,
  picked: readonly { chunk: number; score: number }[],
  terms: Term[],
): Promise<ChunkHit[]> {
  const rows = picked.flatMap(({ chunk, score }): RankedMatch[] => {
    const row = index.chunks[chunk];
    return row === undefined ? [] : [{ id: row.id, document_id: row.documentId, score, match: "any" }];
  });
  return withSnippets(db, index, rows, terms);
}

/** The picked chunks as hits, from the index (a chunk the semantic leg found but the index does not hold yet is left out). */
async function withSnippets(
  db: Kysely<Database>,
  index: ChunkIndex,
  picked: RankedMatch[],
  terms: Term[],
): Promise<ChunkHit[]> {
  const found = picked.flatMap((row) => {
    const at = index.byId.get(row.id);
    const chunk = at === undefined ? undefined : index.chunks[at];
    return chunk === undefined ? [] : [{ row, chunk }];
  });
  const snippets = await markedSnippets(
    db,
    found.map(({ chunk }) => chunk.body),
    new Set(terms.map((term) => term.lexeme)),
  );
  return found.map(({ row, chunk }, i) => ({
    chunkId: chunk.id,
    documentId: chunk.documentId,
    source: chunk.source,
    slug: chunk.slug,
    title: chunk.title,
    headingPath: chunk.headingPath,
    anchor: chunk.anchor,
    body: chunk.body,
    code: chunk.code,
    snippet: snippets[i] ?? "",
    score: row.score,
    match: row.match,
    similarity: row.similarity,
  }));
}
