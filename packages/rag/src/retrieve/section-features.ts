import { asksHow } from "../answer/question-intent";
import { type ChunkIndex, FIELD_COUNT, positionInPosting, sectionKey } from "./chunk-index/chunk-index";
import { englishRarity } from "./english-rarity";
import type { Term } from "./weigh-terms";

/**
 * What the ranking model reads of a candidate section, in this order. All
 * are general: shares of the question's weight, ratios to the best
 * candidate, the section's shape. None names a word or a book, so a model
 * trained on some books can be judged on another (train/leave-one-book-out.ts).
 */
export const SECTION_FEATURES = [
  /** Its best chunk's BM25F score over the best candidate's. */
  "bm25",
  /** 1 / log2(2 + its place in the BM25F order). */
  "bm25Rank",
  /** Share of the question's weight (idf) found anywhere in the section. */
  "coverage",
  /** … in the page's title. */
  "titleCoverage",
  /** … in the section's headings (its path and subheadings). */
  "headingCoverage",
  /** … in its prose. */
  "bodyCoverage",
  /** … in its code. */
  "codeCoverage",
  /** Share of the heading's words that are question words: a heading that is the question. */
  "headingPrecision",
  /** Share of the title's words that are question words. */
  "titlePrecision",
  /** Share of the question's weight found anywhere on the section's page. */
  "pageCoverage",
  /** The page's best section's BM25F score over the best candidate's. */
  "pageBm25",
  /** How many candidate sections the page has, log-scaled. */
  "pageSections",
  /** The question asks how, and the section has code. */
  "howWithCode",
  /** The question asks how, and the section has none. */
  "howWithoutCode",
  /** The section is the top of its page (before any heading). */
  "pageTop",
  /** How deep its heading is (h2 = 1, h3 = 2, …), capped at 3. */
  "depth",
  /** Its length in words, log-scaled. */
  "length",
  /** Share of the question's distinct terms found, unweighted. */
  "termShare",
  /** Share of the question's weight found in the section, each term weighing idf × its English rarity. */
  "rareCoverage",
  /** … on the section's page. */
  "rarePageCoverage",
  /** … in the page's title. */
  "rareTitleCoverage",
  /** … in the section's headings. */
  "rareHeadingCoverage",
  /** Share of the question's topic words (rare in English, weighted by rarity) found in the section. */
  "topicCoverage",
  /** … on its page. */
  "topicPageCoverage",
] as const;

/** Rarer than this in English (english-rarity.ts), a word is one of the question's topic words: "guitar" is, "need" is not. */
export const TOPIC_RARITY = 0.55;

/** How many of BM25F's best chunks are made candidates: the sections they fall in are what the models judge. */
export const CANDIDATE_DEPTH = 40;

export type SectionFeature = (typeof SECTION_FEATURES)[number];
export const FEATURE_COUNT = SECTION_FEATURES.length;

const TITLE = 0;
const HEADINGS = 1;
const BODY = 2;
const CODE = 3;

/** A section retrieval found, with its chunks (indexes into ChunkIndex.chunks) and what the model reads of it. */
export interface CandidateSection {
  key: string;
  documentId: string;
  /** Its chunks that scored, best first, with their BM25F scores. */
  hits: { chunk: number; score: number }[];
  features: Float64Array;
}

/**
 * The candidate sections of a BM25F ranking (chunks, best first), each with
 * its features. Fields are read from the postings (a binary search per term
 * and chunk), so the cost grows with the candidates, not with the book.
 */
export function candidateSections(
  index: ChunkIndex,
  terms: readonly Term[],
  question: string,
  ranked: readonly { chunk: number; score: number }[],
): CandidateSection[] {
  const bySection = new Map<string, { chunk: number; score: number }[]>();
  for (const hit of ranked) {
    const chunk = index.chunks[hit.chunk];
    if (chunk === undefined) continue;
    const key = sectionKey(chunk.documentId, chunk.anchor);
    const hits = bySection.get(key);
    if (hits === undefined) bySection.set(key, [hit]);
    else hits.push(hit);
  }
  const top = ranked[0]?.score ?? 0;
  const weights = terms.map((term) => term.idf);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const rare = terms.map((term) => term.idf * englishRarity(term.word));
  const totalRare = rare.reduce((sum, weight) => sum + weight, 0);
  const topic = terms.map((term) => (englishRarity(term.word) >= TOPIC_RARITY ? englishRarity(term.word) : 0));
  const totalTopic = topic.reduce((sum, weight) => sum + weight, 0);
  const how = asksHow(question);

  const pageBest = new Map<string, number>();
  const pageCount = new Map<string, number>();
  for (const [key, hits] of bySection) {
    const documentId = index.chunks[hits[0]?.chunk ?? -1]?.documentId ?? key;
    pageBest.set(documentId, Math.max(pageBest.get(documentId) ?? 0, hits[0]?.score ?? 0));
    pageCount.set(documentId, (pageCount.get(documentId) ?? 0) + 1);
  }
  const pageCoverage = new Map<string, { all: number; rare: number; topic: number }>();

  const candidates: CandidateSection[] = [];
  let place = 0;
  for (const [key, hits] of bySection) {
    const first = index.chunks[hits[0]?.chunk ?? -1];
    if (first === undefined) continue;
    const members = index.sections.get(key) ?? hits.map((hit) => hit.chunk);
    const fields = fieldMatches(index, terms, members);
    let coveragePage = pageCoverage.get(first.documentId);
    if (coveragePage === undefined) {
      const page = fieldMatches(index, terms, index.pages.get(first.documentId) ?? members);
      coveragePage = {
        all: share(page.any, weights, totalWeight),
        rare: share(page.any, rare, totalRare),
        topic: share(page.any, topic, totalTopic),
      };
      pageCoverage.set(first.documentId, coveragePage);
    }
    const lengths = sectionLengths(index, members);
    const headChunk = members[0] ?? hits[0]?.chunk ?? 0;
    const features = new Float64Array(FEATURE_COUNT);
    const values: Record<SectionFeature, number> = {
      bm25: top > 0 ? (hits[0]?.score ?? 0) / top : 0,
      bm25Rank: 1 / Math.log2(2 + place),
      coverage: share(fields.any, weights, totalWeight),
      titleCoverage: share(fields.byField[TITLE], weights, totalWeight),
      headingCoverage: share(fields.byField[HEADINGS], weights, totalWeight),
      bodyCoverage: share(fields.byField[BODY], weights, totalWeight),
      codeCoverage: share(fields.byField[CODE], weights, totalWeight),
      headingPrecision: precision(index, terms, headChunk, HEADINGS),
      titlePrecision: precision(index, terms, headChunk, TITLE),
      pageCoverage: coveragePage.all,
      pageBm25: top > 0 ? (pageBest.get(first.documentId) ?? 0) / top : 0,
      pageSections: Math.log2(1 + (pageCount.get(first.documentId) ?? 1)),
      howWithCode: how && lengths[CODE] > 0 ? 1 : 0,
      howWithoutCode: how && lengths[CODE] === 0 ? 1 : 0,
      pageTop: first.anchor === "" ? 1 : 0,
      depth: Math.min(3, first.headingPath.length),
      length: Math.log2(1 + lengths[BODY] + lengths[CODE]),
      termShare: terms.length === 0 ? 0 : fields.any.filter(Boolean).length / terms.length,
      rareCoverage: share(fields.any, rare, totalRare),
      rarePageCoverage: coveragePage.rare,
      rareTitleCoverage: share(fields.byField[TITLE], rare, totalRare),
      rareHeadingCoverage: share(fields.byField[HEADINGS], rare, totalRare),
      topicCoverage: share(fields.any, topic, totalTopic),
      topicPageCoverage: coveragePage.topic,
    };
    SECTION_FEATURES.forEach((name, at) => {
      features[at] = values[name];
    });
    candidates.push({ key, documentId: first.documentId, hits, features });
    place++;
  }
  return candidates;
}

interface FieldMatches {
  /** Per term: whether any of the chunks holds it anywhere. */
  any: boolean[];
  /** Per field, per term: whether any of the chunks holds it in that field. */
  byField: boolean[][];
}

function fieldMatches(index: ChunkIndex, terms: readonly Term[], chunks: readonly number[]): FieldMatches {
  const any = terms.map(() => false);
  const byField = Array.from({ length: FIELD_COUNT }, () => terms.map(() => false));
  terms.forEach((term, t) => {
    const posting = index.postings.get(term.lexeme);
    if (posting === undefined) return;
    for (const chunk of chunks) {
      const at = positionInPosting(posting.chunks, chunk);
      if (at === -1) continue;
      any[t] = true;
      for (let field = 0; field < FIELD_COUNT; field++) {
        if ((posting.counts[at * FIELD_COUNT + field] ?? 0) > 0) (byField[field] as boolean[])[t] = true;
      }
    }
  });
  return { any, byField };
}

/** Of a chunk's lexeme positions in `field`, the share that are question terms. */
function precision(index: ChunkIndex, terms: readonly Term[], chunk: number, field: number): number {
  const length = index.fieldLengths[chunk * FIELD_COUNT + field] ?? 0;
  if (length === 0) return 0;
  let matched = 0;
  for (const term of terms) {
    const posting = index.postings.get(term.lexeme);
    if (posting === undefined) continue;
    const at = positionInPosting(posting.chunks, chunk);
    if (at !== -1) matched += posting.counts[at * FIELD_COUNT + field] ?? 0;
  }
  return Math.min(1, matched / length);
}

/** The lexeme positions of each field over the chunks. */
function sectionLengths(index: ChunkIndex, chunks: readonly number[]): [number, number, number, number] {
  const lengths: [number, number, number, number] = [0, 0, 0, 0];
  for (const chunk of chunks) {
    for (let field = 0; field < FIELD_COUNT; field++) {
      lengths[field] = (lengths[field] ?? 0) + (index.fieldLengths[chunk * FIELD_COUNT + field] ?? 0);
    }
  }
  return lengths;
}

function share(found: readonly boolean[] | undefined, weights: readonly number[], total: number): number {
  if (found === undefined || total === 0) return 0;
  let sum = 0;
  found.forEach((hit, t) => {
    if (hit) sum += weights[t] ?? 0;
  });
  return sum / total;
}
