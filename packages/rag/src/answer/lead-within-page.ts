import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import { type ChunkIndex, sectionKey } from "../retrieve/chunk-index/chunk-index";
import { scoreChunks } from "../retrieve/rank-chunks";
import { chunkHits } from "../retrieve/search-chunks";
import { candidateSections, SECTION_FEATURES, type SectionFeature } from "../retrieve/section-features";
import type { Term } from "../retrieve/weigh-terms";
import { type AnswerSection, answerSections } from "./answer-sections";

/**
 * The good sections (judgeSections's, lead first) with the lead replaced by
 * the section of its page that leadWithinPage prefers, if another; the
 * section that led before stays among the others when it was good.
 */
export async function withLeadWithinPage(
  db: Kysely<Database>,
  index: ChunkIndex,
  question: string,
  terms: Term[],
  good: AnswerSection[],
): Promise<AnswerSection[]> {
  const [lead] = good;
  if (lead === undefined) return good;
  const chosen = leadWithinPage(index, question, terms, lead);
  if (chosen === undefined) return good;
  const [section] = answerSections(
    index,
    await chunkHits(db, index, [{ chunk: chosen.chunk, score: lead.score }], terms),
  );
  if (section === undefined) return good;
  const key = sectionKey(lead.best.documentId, chosen.anchor);
  return [section, ...good.filter((other) => sectionKey(other.best.documentId, other.best.anchor) !== key)];
}

/**
 * Within the page that answers, the section to lead with. Retrieval ranks
 * chunks, and on a page the chunk with the most question words is often not
 * the section the question is about: "How do I write my own custom link?"
 * matched a page's "References" more than its "Creating a custom link". Each
 * section of the lead's page is scored by its BM25F score (relative to the
 * page's best), plus how much of the question's rare-in-English weight its
 * heading holds, plus half the share of its heading that is question words.
 * Measured on the hand-labelled questions of the four public books
 * (eval/expected-sections.ts, docs/performance.md): it leads with the right
 * section more often on three books and as often on the fourth.
 */
export function leadWithinPage(
  index: ChunkIndex,
  question: string,
  terms: readonly Term[],
  lead: AnswerSection,
): { chunk: number; anchor: string } | undefined {
  const page = index.pages.get(lead.best.documentId);
  if (page === undefined || page.length < 2) return undefined;
  const scores = scoreChunks(index, terms, page);
  const ranked = page.map((chunk, i) => ({ chunk, score: scores[i] ?? 0 })).sort((a, b) => b.score - a.score);
  let best: { chunk: number; value: number } | undefined;
  for (const candidate of candidateSections(index, terms, question, ranked)) {
    const value =
      feature(candidate.features, "bm25") +
      feature(candidate.features, "rareHeadingCoverage") +
      0.5 * feature(candidate.features, "headingPrecision");
    const chunk = candidate.hits[0]?.chunk;
    if (chunk !== undefined && (best === undefined || value > best.value)) best = { chunk, value };
  }
  const chosen = best === undefined ? undefined : index.chunks[best.chunk];
  if (best === undefined || chosen === undefined || chosen.anchor === lead.best.anchor) return undefined;
  return { chunk: best.chunk, anchor: chosen.anchor };
}

function feature(features: Float64Array, name: SectionFeature): number {
  return features[SECTION_FEATURES.indexOf(name)] ?? 0;
}
