import type { Term } from "../retrieve/weigh-terms";
import type { AnswerSection } from "./answer-sections";

/**
 * The refusal threshold: the book answers a question when its best section's
 * support (below) is at least this. Calibrated with `npm run eval:answers` on
 * both evaluation books (figures in docs/performance.md); the off-topic
 * refusal rate is flat between 0.14 and 0.15 and this is the top of it.
 */
export const MIN_SUPPORT = 0.15;
/**
 * Extra weight of a question word the book never uses: such a word usually
 * names the subject of the question (a product, a technique), and none of the
 * book's sections can be about it.
 */
const ABSENT_WEIGHT = 2;
/** Extra weight when that word is also a name (see namedWords): "Django", "MySQL", "requiresAuth". */
const ABSENT_NAME_WEIGHT = 10;

/**
 * The words of a question written as names: capitalised after its first
 * word, or in mixed case anywhere ("tRPC", "createSlice"). Lower-cased, as
 * the search terms are.
 */
export function namedWords(question: string): ReadonlySet<string> {
  const words = question.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
  const names = new Set<string>();
  words.forEach((word, index) => {
    const capitalised = index > 0 && word.length > 1 && /^\p{Lu}/u.test(word);
    if (capitalised || /\p{Ll}\p{Lu}/u.test(word)) names.add(word.toLowerCase());
  });
  return names;
}

/**
 * How much of the question a section covers: the weighted share of the
 * question's content terms (stop-words are already gone) found anywhere in
 * the section (title, headings, body or code). Each term weighs its idf, so
 * a question's filler counts little; a word the book never uses weighs more
 * (ABSENT_WEIGHT, ABSENT_NAME_WEIGHT), so a question about something else
 * covers little whatever its other words match. A share, so it does not
 * depend on how retrieval scores are scaled.
 */
export function coverage(terms: readonly Term[], lexemes: ReadonlySet<string>, names: ReadonlySet<string>): number {
  let total = 0;
  let found = 0;
  for (const term of terms) {
    const weight = term.idf * (term.matches > 0 ? 1 : names.has(term.word) ? ABSENT_NAME_WEIGHT : ABSENT_WEIGHT);
    total += weight;
    if (lexemesOf(term).every((lexeme) => lexemes.has(lexeme))) found += weight;
  }
  return total === 0 ? 0 : found / total;
}

/**
 * A section's support for answering: its coverage, scaled by the square root
 * of its retrieval score relative to the best section's, so a section that
 * has the words but that retrieval ranks far below the best does not lead.
 * Relative, so it survives any change of the score's scale.
 */
export function support(
  terms: readonly Term[],
  names: ReadonlySet<string>,
  section: AnswerSection,
  bestScore: number,
): number {
  const relative = bestScore > 0 ? Math.min(1, Math.max(0, section.score / bestScore)) : 1;
  return coverage(terms, section.lexemes, names) * Math.sqrt(relative);
}

/** A term the parser made into several lexemes ("'foo' <-> 'bar'") is found when all of them are. */
function lexemesOf(term: Term): string[] {
  const quoted = [...term.lexeme.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? "");
  return quoted.length > 0 ? quoted : [term.lexeme];
}
