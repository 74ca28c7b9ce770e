import type { Database } from "@pagewise/db";
import { type Kysely, sql } from "kysely";
import type { RagRuntime } from "../config/rag-runtime";
import { allTermsText, anyTermText, queryTerms } from "./build-query";
import { fuseRankings } from "./fuse-rankings";
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
/** Weight of the whole query's cover density, which rewards terms that appear close together. */
const PROXIMITY = 1;
const CANDIDATES = 200;
/**
 * How many candidates get the idf-weighted score: the best this many by the
 * query's plain cover density (one ts_rank_cd per candidate instead of one per
 * term and candidate, each of which decompresses the tsvector again). A common
 * word matches thousands of chunks on a large book; on the 100k-chunk bench
 * this cut alone left the top result the same for all 201 questions and the
 * top five the same for 198 of them, compared with scoring every candidate.
 */
const SHORTLIST = 200;
const MAX_PER_DOCUMENT = 2;
/** In the any-term fallback, a term in more than this share of chunks only adds noise. */
const COMMON_TERM_SHARE = 0.25;
/**
 * In the any-term fallback, only terms in at most this share of chunks pick the
 * candidates (the others still count in their score): on a large book a term
 * in a fifth of it would make the query rank tens of thousands of rows
 * (100k chunks: 700 ms instead of a few ms), to find passages that the rarer
 * terms find anyway.
 */
const CANDIDATE_TERM_SHARE = 0.1;
/**
 * In the any-term fallback, the rarest terms pick candidates anywhere in a
 * chunk until their chunks add up to this many (the rarest always does); the
 * less rare ones pick only chunks with them in the title or headings (an index
 * lookup on `chunk.heading_search`), and all of them still count in the score.
 * Every candidate's row is read and its tsvector decompressed and ranked,
 * about 6–10 µs apiece at 100k chunks, so three terms in 1–5 % of the book
 * would cost 30–50 ms, for chunks that have the commoner word only in their
 * body and none of the rarer ones, which rarely reach the top five. The
 * tRPC docs (759 chunks) never reach the cap.
 */
const MAX_ANY_TERM_CANDIDATES = 300;
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

/**
 * Full-text search over the chunks: every term first (precise), and when that
 * finds fewer than k passages, any term (recall), without the terms so common
 * that they would match most of the book. At most two passages come from one
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

  const all = await rank(db, allTermsQuery(terms), CANDIDATES, options.excludeChunkId);
  const picked: Array<Ranked & { match: Match }> = diversify(all, [], k).map((row) => ({
    ...row,
    match: "all",
  }));
  if (picked.length < k && terms.length > 1) {
    const any = await rank(db, anyTermQuery(terms), CANDIDATES, options.excludeChunkId);
    const seen = new Set(picked.map((row) => row.id));
    for (const row of diversify(
      any.filter((candidate) => !seen.has(candidate.id)),
      picked,
      k - picked.length,
    )) {
      picked.push({ ...row, match: "any" as const });
    }
  }
  if (picked.length === 0) return [];
  return withSnippets(db, picked, anyTermText(terms.map((term) => term.word)));
}

/** What one ranking query matches and scores (see rank). */
interface RankQuery {
  /** Text for websearch_to_tsquery: chunks matching it anywhere are candidates. */
  match: string;
  /** Words that make a chunk a candidate too, but only in its title or headings. */
  headingWords: string[];
  /** Text for websearch_to_tsquery whose cover density is added to the score (terms near each other). */
  proximity: string;
  /** The terms the idf-weighted score sums over. */
  scoring: Term[];
}

function allTermsQuery(terms: Term[]): RankQuery {
  const match = allTermsText(terms.map((term) => term.word));
  return { match, headingWords: [], proximity: match, scoring: terms };
}

/**
 * The any-term fallback's query. Terms in more than COMMON_TERM_SHARE of the
 * chunks neither pick nor score candidates, and those in more than
 * CANDIDATE_TERM_SHARE only score them. Of the rest, the rarest pick
 * candidates anywhere until their chunks add up to MAX_ANY_TERM_CANDIDATES;
 * the others pick only chunks that have them in the title or headings, since
 * in the body they add little to a score that a rarer term does not beat.
 * The proximity part of the score uses all the picking terms, as before the
 * cap, so a candidate scores the same whichever way it was found.
 */
function anyTermQuery(terms: Term[]): RankQuery {
  const uncommon = terms.filter((term) => term.share <= COMMON_TERM_SHARE);
  const scoring = uncommon.length > 0 ? uncommon : terms;
  const rare = scoring.filter((term) => term.share <= CANDIDATE_TERM_SHARE);
  const picking = rare.length > 0 ? rare : scoring;
  const anywhere: Term[] = [];
  let candidates = 0;
  for (const term of [...picking].sort((a, b) => a.matches - b.matches)) {
    if (anywhere.length > 0 && candidates + term.matches > MAX_ANY_TERM_CANDIDATES) break;
    anywhere.push(term);
    candidates += term.matches;
  }
  return {
    match: anyTermText(anywhere.map((term) => term.word)),
    headingWords: picking.filter((term) => !anywhere.includes(term)).map((term) => term.word),
    proximity: anyTermText(picking.map((term) => term.word)),
    scoring,
  };
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
  const all = words.length === 0 ? [] : await rank(db, allTermsQuery(terms), CANDIDATES, excludeChunkId);
  const seen = new Set(all.map((row) => row.id));
  const any =
    terms.length > 1
      ? (await rank(db, anyTermQuery(terms), CANDIDATES, excludeChunkId)).filter((row) => !seen.has(row.id))
      : [];
  const fullText: Array<Ranked & { match: Match }> = [
    ...all.map((row) => ({ ...row, match: "all" as const })),
    ...any.map((row) => ({ ...row, match: "any" as const })),
  ];
  const nearest = (await nearestChunks(db, semantic, SEMANTIC_CANDIDATES, excludeChunkId)).map((row) => ({
    id: row.id,
    document_id: row.document_id,
    score: row.similarity,
    match: "semantic" as const,
  }));
  const fused = fuseRankings<Ranked & { match: Match }>([fullText, nearest]).map(({ fused, ...row }) => ({
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
 * Each term's weighted, length-normalised rank is therefore saturated (as BM25
 * saturates term frequency) and scaled by the term's idf; the whole query's
 * cover density is added so that terms near each other still count.
 *
 * In two stages, since that score costs one ts_rank_cd per term and candidate:
 * every candidate gets one cheap cover-density rank and only the SHORTLIST
 * best get the full score. `terms` is materialised because Postgres inlines a
 * CTE used once, which re-parsed every term's tsquery for every candidate.
 */
async function rank(
  db: Kysely<Database>,
  query: RankQuery,
  limit: number,
  excludeChunkId: string | undefined,
): Promise<Ranked[]> {
  const { match, headingWords, proximity, scoring } = query;
  const { rows } = await sql<Ranked>`
    with q as (
      select websearch_to_tsquery('english', ${match}) as query,
        ${headingWords.length === 0 ? sql`''::tsquery` : sql`websearch_to_tsquery('english', ${anyTermText(headingWords)})`} as heading,
        websearch_to_tsquery('english', ${proximity}) as proximity,
        websearch_to_tsquery('english', ${anyTermText(scoring.map((term) => term.word))}) as every
    ),
    terms as materialized (
      select websearch_to_tsquery('english', t.word) as query, t.idf
      from unnest(cast(${scoring.map((term) => term.word)} as text[]), cast(${scoring.map((term) => term.idf)} as float8[])) as t(word, idf)
    ),
    shortlist as (
      select c.id, c.document_id, c.ordinal, c.search
      from chunk c cross join q
      where (c.search @@ q.query ${headingWords.length === 0 ? sql`` : sql`or c.heading_search @@ q.heading`})
        ${excludeChunkId === undefined ? sql`` : sql`and c.id <> ${excludeChunkId}::uuid`}
      order by ts_rank_cd(${WEIGHTS}::float4[], c.search, ${headingWords.length === 0 ? sql`q.query` : sql`q.every`}, ${NORMALISATION}::int) desc,
        c.document_id, c.ordinal
      limit ${SHORTLIST}
    )
    select s.id, s.document_id,
      (
        select coalesce(sum(terms.idf * r.rank / (r.rank + ${SATURATION}::float8)), 0)
        from terms cross join lateral (
          select ts_rank_cd(${WEIGHTS}::float4[], s.search, terms.query, ${NORMALISATION}::int) as rank
        ) r
      ) + ${PROXIMITY}::float8 * ts_rank_cd(${WEIGHTS}::float4[], s.search, q.proximity, ${NORMALISATION}::int) as score
    from shortlist s cross join q
    order by score desc, (select d.source_path from document d where d.id = s.document_id), s.ordinal
    limit ${limit}
  `.execute(db);
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

async function withSnippets(
  db: Kysely<Database>,
  picked: Array<Ranked & { match: Match }>,
  highlightText: string,
): Promise<ChunkHit[]> {
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
