import { type ChunkIndex, FIELD_COUNT } from "./chunk-index/chunk-index";
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
 * share and a bonus for question words close together both lowered MRR on
 * both books, so neither is here.
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
  // Scores and term counts by chunk, in arrays as long as the book: a question
  // touches a few hundred chunks, and indexing beats hashing them.
  const scores = new Float64Array(index.chunks.length);
  const held = new Uint8Array(index.chunks.length);
  const touched: number[] = [];
  for (const term of terms) {
    const posting = index.postings.get(term.lexeme);
    if (posting === undefined) continue;
    for (let i = 0; i < posting.chunks.length; i++) {
      const chunk = posting.chunks[i] ?? 0;
      let frequency = 0;
      for (let field = 0; field < FIELD_COUNT; field++) {
        const count = posting.counts[i * FIELD_COUNT + field] ?? 0;
        if (count === 0) continue;
        const average = index.averageFieldLengths[field] ?? 0;
        const length = index.fieldLengths[chunk * FIELD_COUNT + field] ?? 0;
        const b = weights.lengthNormalisation[field] ?? 0;
        const dilution = average === 0 ? 1 : 1 - b + (b * length) / average;
        frequency += ((weights.fields[field] ?? 0) * count) / dilution;
      }
      if (held[chunk] === 0) touched.push(chunk);
      scores[chunk] = (scores[chunk] ?? 0) + (term.idf * frequency) / (frequency + weights.saturation);
      held[chunk] = (held[chunk] ?? 0) + 1;
    }
  }
  const ranked: RankedChunk[] = [];
  for (const chunk of touched) {
    if (excludeChunkId !== undefined && index.chunks[chunk]?.id === excludeChunkId) continue;
    ranked.push({ chunk, score: scores[chunk] ?? 0, complete: held[chunk] === terms.length });
  }
  ranked.sort((a, b) => b.score - a.score || compareOrder(index, a.chunk, b.chunk));
  return ranked.slice(0, limit);
}

function compareOrder(index: ChunkIndex, a: number, b: number): number {
  const x = index.chunks[a];
  const y = index.chunks[b];
  if (x === undefined || y === undefined) return 0;
  return x.source < y.source ? -1 : x.source > y.source ? 1 : x.ordinal - y.ordinal;
}
