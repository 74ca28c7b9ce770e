import { englishRarity, everydayFrequency } from "../retrieve/english-rarity";
import type { Term } from "../retrieve/weigh-terms";
import type { AnswerSection } from "./answer-sections";

/**
 * The refusal threshold: the book answers a question when its best section's
 * support (below) is at least this. Swept with `npm run eval:answers` on the
 * four public books (docs/performance.md): at 0.11 each book answers at least
 * as many of its answerable questions as the rule before (plain idf coverage at
 * 0.14) did, and far more off-topic ones are refused on the books whose
 * questions were typed by developers.
 */
export const MIN_SUPPORT = 0.11;
/**
 * Weight of a question word the book never uses, in units of its idf: such a
 * word usually names the subject of the question (a product, a technique), and
 * none of the book's sections can be about it. The rarer the word in everyday
 * English, the stronger that evidence ("sourdough" more than "plain"), from
 * ABSENT_WEIGHT (the commonest word) to ABSENT_WEIGHT + ABSENT_RARITY_WEIGHT.
 */
const ABSENT_WEIGHT = 1;
const ABSENT_RARITY_WEIGHT = 2;
/** Weight when that word is also a name (see questionWords): "Django", "MySQL", "createSlice". */
const ABSENT_NAME_WEIGHT = 10;
/**
 * A word the book uses covers the question only as far as the book uses it
 * more than everyday English does: "raise", "manager" or "week" turn up in any
 * long book and say nothing of its subject. A word counts nothing at
 * EVERYDAY_CHUNK_WORDS words of everyday English per chunk (the rate at which
 * an unrelated book would hold it), and fully at SPECIFIC_LIFT times that.
 */
const EVERYDAY_CHUNK_WORDS = 25;
const SPECIFIC_LIFT = 10;

const CAPITALISED = /^\p{Lu}/u;
const MIXED_CASE = /\p{Ll}\p{Lu}/u;

/** Words that introduce an example ("such as requiresAuth"). */
const EXAMPLE_MARKERS = ["such as", "e g", "for example", "for instance"];

/** What the refusal rule reads from a question's wording, as lower-cased words (like the search terms). */
export interface QuestionWords {
  /** Written as names: capitalised after the first word, or mixed case ("Django", "tRPC", "createSlice"). */
  names: ReadonlySet<string>;
  /** The first word after an example marker: the reader's example, not the question's subject. */
  examples: ReadonlySet<string>;
}

export function questionWords(question: string): QuestionWords {
  const words = question.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
  const names = new Set<string>();
  const examples = new Set<string>();
  words.forEach((word, index) => {
    const before = words
      .slice(Math.max(0, index - 2), index)
      .join(" ")
      .toLowerCase();
    if (EXAMPLE_MARKERS.some((marker) => before === marker || before.endsWith(` ${marker}`))) {
      examples.add(word.toLowerCase());
      return;
    }
    const capitalised = index > 0 && word.length > 1 && CAPITALISED.test(word);
    if (capitalised || MIXED_CASE.test(word)) names.add(word.toLowerCase());
  });
  return { names, examples };
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
export function coverage(
  terms: readonly Term[],
  lexemes: Pick<ReadonlySet<string>, "has">,
  words: QuestionWords,
): number {
  let total = 0;
  let found = 0;
  for (const term of terms) {
    const weight = term.idf * weightOf(term, words);
    total += weight;
    if (lexemesOf(term).every((lexeme) => lexemes.has(lexeme))) found += weight * specificity(term);
  }
  return total === 0 ? 0 : found / total;
}

/** How far the book's use of a word it holds marks its subject (see EVERYDAY_CHUNK_WORDS), from 0 to 1. */
function specificity(term: Term): number {
  const lift = term.share / (EVERYDAY_CHUNK_WORDS * everydayFrequency(term.word));
  return Math.min(1, Math.max(0, Math.log(lift) / Math.log(SPECIFIC_LIFT)));
}

/**
 * A section's support for answering: its coverage, scaled by the square root
 * of its retrieval score relative to the best section's, so a section that
 * has the words but that retrieval ranks far below the best does not lead.
 * Relative, so it survives any change of the score's scale.
 */
export function support(
  terms: readonly Term[],
  words: QuestionWords,
  section: AnswerSection,
  bestScore: number,
): number {
  const relative = bestScore > 0 ? Math.min(1, Math.max(0, section.score / bestScore)) : 1;
  return coverage(terms, section.lexemes, words) * Math.sqrt(relative);
}

/**
 * A section an embeddings model puts at least `minSimilarity` from the
 * question counts as covering it at the threshold, whatever words they share:
 * the model has read the paraphrase that the words miss ("flowchart" for
 * Mermaid diagrams). Only at the threshold, so a section that also has the
 * question's words still leads. Off (0) without a similarity configured, as
 * each model has its own scale.
 */
export function meaningSupport(section: Pick<AnswerSection, "similarity">, minSimilarity: number | undefined): number {
  if (minSimilarity === undefined || section.similarity === undefined) return 0;
  return section.similarity >= minSimilarity ? MIN_SUPPORT : 0;
}

/**
 * A word the book uses counts its idf; one it never uses more (see above),
 * unless it is the reader's example, which the book need not share: it then
 * counts neither way ("metadata such as requiresAuth" is about metadata).
 */
function weightOf(term: Term, { names, examples }: QuestionWords): number {
  if (term.matches > 0) return 1;
  if (examples.has(term.word)) return 0;
  return names.has(term.word) ? ABSENT_NAME_WEIGHT : ABSENT_WEIGHT + ABSENT_RARITY_WEIGHT * englishRarity(term.word);
}

/** A term the parser made into several lexemes ("'foo' <-> 'bar'") is found when all of them are. */
function lexemesOf(term: Term): string[] {
  if (!term.lexeme.includes("'")) return [term.lexeme];
  const quoted = [...term.lexeme.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? "");
  return quoted.length > 0 ? quoted : [term.lexeme];
}
