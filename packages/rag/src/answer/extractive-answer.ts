import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import { queryTerms } from "../retrieve/build-query";
import { searchTerms } from "../retrieve/search-chunks";
import { weighTerms } from "../retrieve/weigh-terms";
import { type Answer, toCitation } from "./citation";
import { composeAnswer } from "./compose-answer";

export const NO_ANSWER = "I couldn't find an answer to that in the documentation.";

export interface AnswerOptions {
  /** How many passages to retrieve and cite (default 5). */
  k?: number;
}

/**
 * An answer built only from the book: the best-matching sentences of the top
 * passages, each marked with the passage it came from, and the passages as
 * citations. No model and no network, so it always works and never invents.
 */
export async function answerQuestion(
  db: Kysely<Database>,
  question: string,
  options: AnswerOptions = {},
): Promise<Answer> {
  const terms = await weighTerms(db, queryTerms(question));
  const hits = await searchTerms(db, terms, { k: options.k ?? 5 });
  if (hits.length === 0) return { answer: NO_ANSWER, citations: [], mode: "extractive" };
  const citations = hits.map(toCitation);
  const answer = await composeAnswer(db, terms, hits);
  return { answer: answer ?? closestPassage(citations[0]), citations, mode: "extractive" };
}

/** When the words matched only titles or code, say where to look rather than quote nothing. */
export function closestPassage(citation: { title: string; heading: string } | undefined): string {
  if (citation === undefined) return NO_ANSWER;
  const where =
    citation.heading === citation.title ? `“${citation.title}”` : `“${citation.heading}” in “${citation.title}”`;
  return `The closest passage is ${where} [1].`;
}
