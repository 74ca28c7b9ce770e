import type { Term } from "./weigh-terms";

/**
 * How many chunks the terms that pick candidates anywhere in a chunk may match
 * together. Every candidate's tsvector is read and ranked, about 6–10 µs
 * apiece at 100k chunks, so this is what keeps a question on a large book to
 * a few milliseconds. On a book of a few hundred to a few thousand chunks it
 * still lets most of a question's words pick.
 */
export const CANDIDATE_BUDGET = 400;

export interface CandidateTerms {
  /** Terms whose chunks are all candidates: the rarest, until their chunks reach the budget. */
  anywhere: Term[];
  /** The commoner terms: they make a chunk a candidate only when in its title or headings. */
  inHeadings: Term[];
}

/**
 * Splits the question's terms into those that pick candidates anywhere and
 * those that pick them only by heading. No term is dropped: every one of them
 * still counts in every candidate's score, weighted by its idf, so a book's
 * core nouns (in half its chunks) lower a passage's rank by being common
 * instead of vanishing from the question. The rarest term always picks
 * anywhere, so every chunk that holds all the terms is a candidate.
 */
export function pickCandidateTerms(terms: Term[]): CandidateTerms {
  const anywhere: Term[] = [];
  const inHeadings: Term[] = [];
  let candidates = 0;
  for (const term of [...terms].sort((a, b) => a.matches - b.matches)) {
    if (anywhere.length === 0 || candidates + term.matches <= CANDIDATE_BUDGET) {
      anywhere.push(term);
      candidates += term.matches;
    } else {
      inHeadings.push(term);
    }
  }
  return { anywhere, inHeadings };
}
