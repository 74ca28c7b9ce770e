import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import type { ChunkHit } from "../retrieve/search-chunks";
import type { Term } from "../retrieve/weigh-terms";
import type { Citation } from "./citation";
import { composeAnswer, DEFAULT_BUDGET, type SentenceBudget } from "./compose-answer";

export const NO_ANSWER = "I couldn't find an answer to that in the documentation.";

/**
 * An answer built only from the book: the best-matching sentences of the top
 * passages, each marked with the passage it came from. No model and no
 * network, so it always works and never invents.
 */
export async function extractiveAnswer(
  db: Kysely<Database>,
  terms: Term[],
  hits: ChunkHit[],
  citations: Citation[],
  budget: SentenceBudget = DEFAULT_BUDGET,
): Promise<string> {
  if (hits.length === 0) return NO_ANSWER;
  return (await composeAnswer(db, terms, hits, budget)) ?? closestPassage(citations[0]);
}

/** When the words matched only titles or code, say where to look rather than quote nothing. */
export function closestPassage(citation: { title: string; heading: string } | undefined): string {
  if (citation === undefined) return NO_ANSWER;
  const where =
    citation.heading === citation.title ? `“${citation.title}”` : `“${citation.heading}” in “${citation.title}”`;
  return `The closest passage is ${where} [1].`;
}
