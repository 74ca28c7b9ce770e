import type { Database } from "@pagewise/db";
import { type Kysely, sql } from "kysely";
import type { ChunkHit } from "../retrieve/search-chunks";
import type { Term } from "../retrieve/weigh-terms";
import { splitSentences } from "./split-sentences";

/** How long an extractive answer may be: three sentences by default, more for readers who asked for detail. */
export interface SentenceBudget {
  maxSentences: number;
  maxPerPassage: number;
}
export const DEFAULT_BUDGET: SentenceBudget = { maxSentences: 3, maxPerPassage: 2 };
const MAX_SENTENCE_CHARS = 400;

interface Candidate {
  passage: number;
  position: number;
  text: string;
  score: number;
}

/**
 * A few sentences from the passages, each followed by the `[n]` of the passage
 * it came from. Sentences are scored by the question terms they contain, each
 * term counted once and weighted by its idf (a sentence that says "procedure"
 * is not an answer in a book about procedures), with a small preference for
 * better-ranked passages; the chosen ones are shown in reading order.
 * Returns undefined when no sentence shares a term with the question.
 */
export async function composeAnswer(
  db: Kysely<Database>,
  terms: Term[],
  hits: ChunkHit[],
  budget: SentenceBudget = DEFAULT_BUDGET,
): Promise<string | undefined> {
  const sentences = hits.flatMap((hit, passage) =>
    splitSentences(hit.body)
      .filter((text) => text.length <= MAX_SENTENCE_CHARS)
      .map((text, position) => ({ passage, position, text })),
  );
  if (sentences.length === 0 || terms.length === 0) return undefined;

  const lexemes = await lexemesOf(
    db,
    sentences.map((sentence) => sentence.text),
  );
  const idfByLexeme = new Map(terms.map((term) => [term.lexeme, term.idf]));
  const candidates: Candidate[] = sentences.map((sentence, index) => {
    const overlap = (lexemes[index] ?? []).reduce((sum, lexeme) => sum + (idfByLexeme.get(lexeme) ?? 0), 0);
    return { ...sentence, score: overlap === 0 ? 0 : overlap - 0.05 * sentence.passage };
  });

  const best = Math.max(...candidates.map((candidate) => candidate.score));
  if (best <= 0) return undefined;
  const chosen: Candidate[] = [];
  const perPassage = new Map<number, number>();
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= budget.maxSentences || candidate.score < best * 0.5) break;
    const used = perPassage.get(candidate.passage) ?? 0;
    if (used >= budget.maxPerPassage || chosen.some((other) => other.text === candidate.text)) continue;
    perPassage.set(candidate.passage, used + 1);
    chosen.push(candidate);
  }
  chosen.sort((a, b) => a.passage - b.passage || a.position - b.position);
  return chosen.map((candidate) => `${candidate.text} [${candidate.passage + 1}]`).join(" ");
}

/** Each text's distinct lexemes, as the index would see them (same config, same splitting of `.` and `/`). */
async function lexemesOf(db: Kysely<Database>, texts: string[]): Promise<string[][]> {
  const { rows } = await sql<{ lexemes: string[] }>`
    select tsvector_to_array(to_tsvector('english', translate(text, './', '  '))) as lexemes
    from unnest(cast(${texts} as text[])) with ordinality as t(text, ordinality)
    order by ordinality
  `.execute(db);
  return rows.map((row) => row.lexemes);
}
