import type { Database } from "@pagewise/db";
import { type Kysely, sql } from "kysely";
import type { RagRuntime } from "../config/rag-runtime";
import { allTermsText, anyTermText, queryTerms } from "./build-query";
import { fuseRankings } from "./fuse-rankings";
import { pickCandidateTerms } from "./pick-candidate-terms";
import { nearestChunks, type SemanticQuery, semanticQuery } from "./semantic-search";
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
}

export interface ChunkHit {
  chunkId: string;
  documentId: string;
  /** The page's path relative to the docs root. */
  source: string;
  slug: string;
  title: string;
  headingPath: string[];
  anchor: string;
  body: string;
  /** The section's code blocks (not part of the snippet; an LLM prompt may quote them). */
  code: string;
  /**
   * A short excerpt with matches wrapped in `<mark>`…`</mark>`. Everything else
   * is text from the page, not HTML: render it as text and only the marks as markup.
   */
  snippet: string;
  score: number;
  /** "all": the chunk has every term; "any": found by the any-term fallback; "semantic": by its vector alone. */
  match: Match;
}

/** Rank weights for the tsvector's D, C, B, A parts (code, body, headings, title). */
const WEIGHTS = "{0.1, 0.2, 0.4, 1.0}";
/** ts_rank_cd normalisation: divide by 1 + log(length), so long chunks do not win on length alone. */
const NORMALISATION = 1;
/** How fast one term's rank saturates (BM25's k1 in spirit): repeating a word stops paying soon. */
const SATURATION = 0.5;
/**
 * The share of a term's idf a chunk earns just by containing it, wherever it
 * is; the rest depends on where (title, headings, body, code) and how often.
 * Without it a rare word in a heading outweighs a section whose body holds
 * most of the question's words: being there is most of the evidence.
 */
const PRESENCE = 0.25;
/** Weight of the whole query's cover density, which rewards terms that appear close together. */
const PROXIMITY = 1;
const CANDIDATES = 200;
/**
 * How many candidates get the full score: the best this many by the query's
 * plain cover density (one ts_rank_cd per candidate instead of one per term
 * and candidate). Choosing them by the summed idf of the terms they hold
 * instead gave the same figures on both eval books (Docusaurus MRR@10 0.005
 * lower) at a third more latency on the 100k-chunk bench.
 */
const SHORTLIST = 200;
const MAX_PER_DOCUMENT = 2;
/**
 * At most this many chunks are candidates by their text, and at most
 * MAX_HEADING_CANDIDATES more by a commoner term in their headings: when even
 * the rarest word of a question is in tens of thousands of chunks (a question
 * of only common words on a 100k-chunk book), ranking them all would take
 * hundreds of milliseconds, so a sample is ranked instead. A book of a few
 * thousand chunks never reaches either cap.
 */
const MAX_CANDIDATES = 600;
const MAX_HEADING_CANDIDATES = 200;
const MARK_START = "\uE000";
const MARK_END = "\uE001";
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`;

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
}

/**
 * Full-text search over the chunks: one idf-weighted ranking over every term
 * of the question (common ones count less, none is dropped), in which a
 * passage with all the terms is marked "all" and one with some "any". At most two passages come from one
 * page, so the answer can cite several. Snippets are computed for the final
 * rows only, since ts_headline re-parses the text. Input never reaches SQL as
 * syntax: it is reduced to words and passed as parameters.
 */
export async function searchChunks(
  db: Kysely<Database>,
  question: string,
  options: SearchChunksOptions = {},
): Promise<ChunkHit[]> {
  const { runtime, ...rest } = options;
  const semantic =
    runtime?.embeddings === undefined
      ? undefined
      : await semanticQuery(db, runtime.embeddings, question, runtime.logger);
  return searchTerms(db, await weighTerms(db, queryTerms(question)), { ...rest, semantic });
}

/** searchChunks for terms already chosen and weighed (select-to-ask picks the distinctive words of a passage). */
export async function searchTerms(
  db: Kysely<Database>,
  terms: Term[],
  options: SearchOptions = {},
): Promise<ChunkHit[]> {
  const k = Math.max(1, Math.min(50, Math.floor(options.k ?? 5)));
  if (options.semantic !== undefined) return searchHybrid(db, terms, options.semantic, k, options.excludeChunkId);
  if (terms.length === 0) return [];

  const ranked = await rank(db, terms, CANDIDATES, options.excludeChunkId);
  const picked = diversify(ranked, [], k);
  if (picked.length === 0) return [];
  return withSnippets(db, picked, anyTermText(terms.map((term) => term.word)));
}

/**
 * Full-text and semantic retrieval fused by reciprocal rank: the full-text list
 * is what searchTerms would rank (every-term matches, then any-term ones), the
 * semantic list the nearest vectors, so a passage that says the same thing in
 * other words can still be found, and one both legs like rises to the top.
 */
async function searchHybrid(
  db: Kysely<Database>,
  terms: Term[],
  semantic: SemanticQuery,
  k: number,
  excludeChunkId: string | undefined,
): Promise<ChunkHit[]> {
  const words = terms.map((term) => term.word);
  const fullText = words.length === 0 ? [] : await rank(db, terms, CANDIDATES, excludeChunkId);
  const nearest = (await nearestChunks(db, semantic, SEMANTIC_CANDIDATES, excludeChunkId)).map((row) => ({
    id: row.id,
    document_id: row.document_id,
    score: row.similarity,
    match: "semantic" as const,
  }));
  const fused = fuseRankings<RankedMatch>([fullText, nearest]).map(({ fused, ...row }) => ({
    ...row,
    score: fused,
  }));
  const picked = diversify(fused, [], k);
  if (picked.length === 0) return [];
  return withSnippets(db, picked, anyTermText(words));
}

/**
 * Postgres's ts_rank_cd knows field weights and proximity but not how rare a
 * word is, so a question's filler ("use", "trpc") counts as much as its point.
 * Each term therefore earns its idf: PRESENCE of it for being in the chunk at
 * all, the rest by its weighted, length-normalised rank, saturated as BM25
 * saturates term frequency; the whole query's cover density is added so that
 * terms near each other still count. One ranking for every candidate: a chunk
 * that lacks one word of the question (a paraphrase, a word the book never
 * uses) competes with those that have them all on its score, not behind them.
 *
 * Candidates: see pickCandidateTerms. In two stages, since the full score
 * costs one ts_rank_cd per term and candidate: every candidate gets one cheap
 * cover-density rank and only the SHORTLIST best get the full score. `terms` is materialised because Postgres inlines a
 * CTE used once, which re-parsed every term's tsquery for every candidate.
 */
async function rank(
  db: Kysely<Database>,
  terms: Term[],
  limit: number,
  excludeChunkId: string | undefined,
): Promise<RankedMatch[]> {
  const { anywhere, inHeadings } = pickCandidateTerms(terms);
  const words = terms.map((term) => term.word);
  const { rows } = await sql<Ranked & { complete: boolean }>`
    with q as (
      select websearch_to_tsquery('english', ${anyTermText(anywhere.map((term) => term.word))}) as query,
        ${inHeadings.length === 0 ? sql`''::tsquery` : sql`websearch_to_tsquery('english', ${anyTermText(inHeadings.map((term) => term.word))})`} as heading,
        websearch_to_tsquery('english', ${anyTermText(words)}) as every,
        websearch_to_tsquery('english', ${allTermsText(words)}) as complete
    ),
    terms as materialized (
      select websearch_to_tsquery('english', t.word) as query, t.idf
      from unnest(cast(${words} as text[]), cast(${terms.map((term) => term.idf)} as float8[])) as t(word, idf)
    ),
    candidates as (
      (select c.id from chunk c, q where c.search @@ q.query limit ${MAX_CANDIDATES})
      union
      (select c.id from chunk c, q where c.heading_search @@ q.heading limit ${MAX_HEADING_CANDIDATES})
    ),
    shortlist as (
      select c.id, c.document_id, c.ordinal, c.search
      from candidates k join chunk c on c.id = k.id cross join q
      ${excludeChunkId === undefined ? sql`` : sql`where c.id <> ${excludeChunkId}::uuid`}
      order by ts_rank_cd(${WEIGHTS}::float4[], c.search, q.every, ${NORMALISATION}::int) desc,
        c.document_id, c.ordinal
      limit ${SHORTLIST}
    )
    select s.id, s.document_id, s.search @@ q.complete as complete,
      (
        select coalesce(sum(terms.idf * (
          case when r.rank > 0 then ${PRESENCE}::float8 else 0 end
          + ${1 - PRESENCE}::float8 * r.rank / (r.rank + ${SATURATION}::float8)
        )), 0)
        from terms cross join lateral (
          select ts_rank_cd(${WEIGHTS}::float4[], s.search, terms.query, ${NORMALISATION}::int) as rank
        ) r
      ) + ${PROXIMITY}::float8 * ts_rank_cd(${WEIGHTS}::float4[], s.search, q.every, ${NORMALISATION}::int) as score
    from shortlist s cross join q
    order by score desc, (select d.source_path from document d where d.id = s.document_id), s.ordinal
    limit ${limit}
  `.execute(db);
  return rows.map(({ complete, ...row }) => ({ ...row, match: complete ? "all" : "any" }));
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

async function withSnippets(db: Kysely<Database>, picked: RankedMatch[], highlightText: string): Promise<ChunkHit[]> {
  const ids = picked.map((row) => row.id);
  const { rows } = await sql<{
    id: string;
    source_path: string;
    slug: string;
    title: string;
    heading_path: string[];
    anchor: string;
    body: string;
    code: string;
    headline: string;
  }>`
    select c.id, d.source_path, d.slug, d.title, c.heading_path, c.anchor, c.body, c.code,
      ts_headline('english', c.body, websearch_to_tsquery('english', ${highlightText}), ${HEADLINE_OPTIONS}) as headline
    from chunk c join document d on d.id = c.document_id
    where c.id = any(cast(${ids} as uuid[]))
  `.execute(db);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const hits: ChunkHit[] = [];
  for (const { id, document_id, score, match } of picked) {
    const row = byId.get(id);
    if (row === undefined) continue;
    hits.push({
      chunkId: id,
      documentId: document_id,
      source: row.source_path,
      slug: row.slug,
      title: row.title,
      headingPath: row.heading_path,
      anchor: row.anchor,
      body: row.body,
      code: row.code,
      snippet: toMarkedSnippet(row.headline),
      score,
      match,
    });
  }
  return hits;
}

/** Literal `<mark>` text in a page must not pass for a highlight, so marks are placed only now. */
function toMarkedSnippet(headline: string): string {
  return headline
    .replace(/<\/?mark>/gi, "")
    .replace(/\s+/g, " ")
    .trim()
    .replaceAll(MARK_START, "<mark>")
    .replaceAll(MARK_END, "</mark>");
}
