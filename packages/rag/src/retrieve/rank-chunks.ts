import { type ChunkIndex, FIELD_COUNT, type Posting, positionInPosting } from "./chunk-index/chunk-index";
import type { Term } from "./weigh-terms";

export interface RankedChunk {
  /** Index into ChunkIndex.chunks. */
  chunk: number;
  score: number;
  /** Whether the chunk holds every term. */
  complete: boolean;
}

export interface RankWeights {
  /** How much one occurrence counts in each field: title, headings, body, code. */
  fields: readonly number[];
  /** BM25's b per field: how much a field's length beyond the average dilutes its matches. */
  lengthNormalisation: readonly number[];
  /** BM25's k1: how fast repeating a word stops paying. */
  saturation: number;
}

/**
 * Measured on both evaluation books (docs/performance.md): BM25's usual k1,
 * a page title worth four body words and a heading two, code half a body
 * word's worth or less (it repeats identifiers), and no length penalty for
 * the title, which every chunk of a page shares. An idf-weighted "presence"
 * share and a bonus for question words close together each cost the tRPC
 * book about 0.01 MRR@10 for little or nothing on Docusaurus, so neither is here.
 */
export const RANK_WEIGHTS: RankWeights = {
  fields: [4, 2, 1, 0.75],
  lengthNormalisation: [0, 0.5, 0.9, 0.9],
  saturation: 1.2,
};

/**
 * BM25F over the in-memory index: each term earns its idf times its
 * field-weighted, length-normalised frequency, saturated. Every chunk holding
 * any of the terms is ranked: no word of the question is dropped, commoner
 * ones just count less. Ties go to the earlier page and the earlier chunk.
 */
export function rankChunks(
  index: ChunkIndex,
  terms: readonly Term[],
  limit: number,
  excludeChunkId?: string,
  weights: RankWeights = RANK_WEIGHTS,
): RankedChunk[] {
  // Scores and how many terms each chunk holds, in arrays as long as the book:
  // indexing them beats hashing the chunks a question touches.
  const scores = new Float64Array(index.chunks.length);
  const held = new Uint16Array(index.chunks.length);
  const touched: number[] = [];
  for (const term of terms) {
    const posting = index.postings.get(term.lexeme);
    if (posting === undefined) continue;
    const saturated = saturatedFrequencies(index, weights, term.lexeme, posting);
    for (let i = 0; i < posting.chunks.length; i++) {
      const chunk = posting.chunks[i] ?? 0;
      if (held[chunk] === 0) touched.push(chunk);
      scores[chunk] = (scores[chunk] ?? 0) + term.idf * (saturated[i] ?? 0);
      held[chunk] = (held[chunk] ?? 0) + 1;
    }
  }
  const candidates =
    excludeChunkId === undefined ? touched : touched.filter((chunk) => index.chunks[chunk]?.id !== excludeChunkId);
  const cutoff = limitScore(candidates, scores, limit);
  const ranked: RankedChunk[] = [];
  for (const chunk of candidates) {
    const score = scores[chunk] ?? 0;
    if (score >= cutoff) ranked.push({ chunk, score, complete: held[chunk] === terms.length });
  }
  ranked.sort((a, b) => b.score - a.score || compareOrder(index, a.chunk, b.chunk));
  return ranked.slice(0, limit);
}

/**
 * The BM25F scores of the given chunks only (indexes into ChunkIndex.chunks),
 * as rankChunks would score them: a binary search per term and chunk, so
 * scoring a page's few chunks costs nothing like ranking the whole book.
 */
export function scoreChunks(
  index: ChunkIndex,
  terms: readonly Term[],
  chunks: readonly number[],
  weights: RankWeights = RANK_WEIGHTS,
): Float64Array {
  const scores = new Float64Array(chunks.length);
  for (const term of terms) {
    const posting = index.postings.get(term.lexeme);
    if (posting === undefined) continue;
    const saturated = saturatedFrequencies(index, weights, term.lexeme, posting);
    chunks.forEach((chunk, i) => {
      const at = positionInPosting(posting.chunks, chunk);
      if (at !== -1) scores[i] = (scores[i] ?? 0) + term.idf * (saturated[at] ?? 0);
    });
  }
  return scores;
}

/** Per index and set of weights, each lexeme's saturated frequencies, made when a question first asks for it. */
const saturatedCache = new WeakMap<ChunkIndex, WeakMap<RankWeights, Map<string, Float64Array>>>();
const factorCache = new WeakMap<ChunkIndex, WeakMap<RankWeights, Float32Array>>();

/**
 * What the lexeme earns in each chunk of its posting before its idf: its
 * field-weighted, length-normalised frequency f, saturated as f / (f + k1).
 * None of that depends on the question, so it is worked out once per lexeme
 * (and index and weights), not once per occurrence per question: a
 * question's ranking is then one multiply-add per occurrence. At most one
 * number per posting entry, for the lexemes questions have used.
 */
function saturatedFrequencies(index: ChunkIndex, weights: RankWeights, lexeme: string, posting: Posting): Float64Array {
  const byLexeme = cachedPer(saturatedCache, index, weights, () => new Map<string, Float64Array>());
  const known = byLexeme.get(lexeme);
  if (known !== undefined) return known;
  const factors = fieldFactors(index, weights);
  const saturated = new Float64Array(posting.chunks.length);
  for (let i = 0; i < posting.chunks.length; i++) {
    const chunk = posting.chunks[i] ?? 0;
    let frequency = 0;
    for (let field = 0; field < FIELD_COUNT; field++) {
      const count = posting.counts[i * FIELD_COUNT + field] ?? 0;
      if (count !== 0) frequency += count * (factors[chunk * FIELD_COUNT + field] ?? 0);
    }
    saturated[i] = frequency / (frequency + weights.saturation);
  }
  byLexeme.set(lexeme, saturated);
  return saturated;
}

/**
 * What one occurrence is worth in each field of each chunk: the field's
 * weight divided by its length normalisation.
 */
function fieldFactors(index: ChunkIndex, weights: RankWeights): Float32Array {
  return cachedPer(factorCache, index, weights, () => {
    const factors = new Float32Array(index.chunks.length * FIELD_COUNT);
    for (let chunk = 0; chunk < index.chunks.length; chunk++) {
      for (let field = 0; field < FIELD_COUNT; field++) {
        const average = index.averageFieldLengths[field] ?? 0;
        const length = index.fieldLengths[chunk * FIELD_COUNT + field] ?? 0;
        const b = weights.lengthNormalisation[field] ?? 0;
        const dilution = average === 0 ? 1 : 1 - b + (b * length) / average;
        factors[chunk * FIELD_COUNT + field] = (weights.fields[field] ?? 0) / dilution;
      }
    }
    return factors;
  });
}

/** The value remembered for this index and these weights, made by `make` the first time. */
function cachedPer<T>(
  cache: WeakMap<ChunkIndex, WeakMap<RankWeights, T>>,
  index: ChunkIndex,
  weights: RankWeights,
  make: () => T,
): T {
  let byWeights = cache.get(index);
  if (byWeights === undefined) {
    byWeights = new WeakMap();
    cache.set(index, byWeights);
  }
  let value = byWeights.get(weights);
  if (value === undefined) {
    value = make();
    byWeights.set(weights, value);
  }
  return value;
}

/**
 * The `limit`-th best score among the candidates: a question of common words
 * on a large book touches tens of thousands of chunks, and sorting only the
 * few hundred at or above this is what keeps it to milliseconds. Found by
 * quickselect, in linear time on average.
 */
function limitScore(candidates: number[], scores: Float64Array, limit: number): number {
  if (candidates.length <= limit) return Number.NEGATIVE_INFINITY;
  const values = new Float64Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) values[i] = scores[candidates[i] ?? 0] ?? 0;
  const target = values.length - limit;
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1] ?? 0;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return values[target] ?? Number.NEGATIVE_INFINITY;
}

function compareOrder(index: ChunkIndex, a: number, b: number): number {
  const x = index.chunks[a];
  const y = index.chunks[b];
  if (x === undefined || y === undefined) return 0;
  return x.source < y.source ? -1 : x.source > y.source ? 1 : x.ordinal - y.ordinal;
}
