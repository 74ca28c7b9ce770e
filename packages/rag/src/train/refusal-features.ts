import { coverage, type QuestionWords, questionWords } from "../answer/section-coverage";
import { type ChunkIndex, chunkHolds } from "../retrieve/chunk-index/chunk-index";
import { englishRarity, isEverydayWord } from "../retrieve/english-rarity";
import { type CandidateSection, SECTION_FEATURES, TOPIC_RARITY } from "../retrieve/section-features";
import type { Term } from "../retrieve/weigh-terms";

/**
 * What the refusal model reads of a question and the sections found for it.
 * The book alone cannot tell a rare word it lacks from a common one ("bake"
 * matches "baked in"; "first" is everywhere), so each word is also judged
 * against everyday English (english-rarity.ts): a word rare in English that
 * the book never uses says the question is about something else.
 */
export const REFUSAL_FEATURES = [
  /** The best candidate's share of the question's idf weight. */
  "bestCoverage",
  /** … of its idf × rarity weight. */
  "bestRareCoverage",
  /** The best page's share of the question's idf × rarity weight. */
  "bestRarePageCoverage",
  /** The book's share of the question's rarity weight: what any page of it could cover. */
  "bookRareShare",
  /** The rarest everyday-English word the book never uses ("sourdough", "guitar"; 0 when it uses all). */
  "rarestAbsentWord",
  /** The share of the question's words that are jargon the book never uses (error text, other tools' names). */
  "absentJargon",
  /** Whether a word the book never uses is written as a name (Django, createSlice). */
  "absentName",
  /** The best candidate's share of the question's topic words (section-features.ts). */
  "bestTopicCoverage",
  /** The best page's share of them. */
  "bestTopicPageCoverage",
  /** The book's share of them. */
  "bookTopicShare",
  /** The hand-written rule's support for the best of the first five sections (section-coverage.ts). */
  "ruleSupport",
] as const;

export function refusalFeatures(
  index: ChunkIndex,
  question: string,
  terms: readonly Term[],
  candidates: readonly CandidateSection[],
): Float64Array {
  const at = (name: (typeof SECTION_FEATURES)[number]) => SECTION_FEATURES.indexOf(name);
  const best = (name: (typeof SECTION_FEATURES)[number]) =>
    Math.max(0, ...candidates.slice(0, 10).map((candidate) => candidate.features[at(name)] ?? 0));
  const rarity = terms.reduce((sum, term) => sum + rarityOf(term), 0);
  const absent = terms.filter((term) => term.matches === 0);
  const words = questionWords(question);
  const { names, examples } = words;
  const topics = terms.filter((term) => rarityOf(term) >= TOPIC_RARITY);
  const topicWeight = topics.reduce((sum, term) => sum + rarityOf(term), 0);
  const values: Record<(typeof REFUSAL_FEATURES)[number], number> = {
    bestCoverage: best("coverage"),
    bestRareCoverage: best("rareCoverage"),
    bestRarePageCoverage: best("rarePageCoverage"),
    bookRareShare:
      rarity === 0
        ? 0
        : terms.filter((term) => term.matches > 0).reduce((sum, term) => sum + rarityOf(term), 0) / rarity,
    rarestAbsentWord: Math.max(
      0,
      ...absent.filter((term) => isEverydayWord(term.word) && !examples.has(term.word)).map((term) => rarityOf(term)),
    ),
    absentJargon: absent.filter((term) => !isEverydayWord(term.word)).length / terms.length,
    absentName: absent.some((term) => names.has(term.word)) ? 1 : 0,
    bestTopicCoverage: best("topicCoverage"),
    bestTopicPageCoverage: best("topicPageCoverage"),
    ruleSupport: ruleSupport(index, terms, words, candidates),
    bookTopicShare:
      topicWeight === 0
        ? 1
        : topics.filter((term) => term.matches > 0).reduce((sum, term) => sum + rarityOf(term), 0) / topicWeight,
  };
  return Float64Array.from(REFUSAL_FEATURES.map((name) => values[name]));
}

/** The best support (section-coverage.ts) among the first five candidates, as the hand-written rule judged it. */
function ruleSupport(
  index: ChunkIndex,
  terms: readonly Term[],
  words: QuestionWords,
  candidates: readonly CandidateSection[],
): number {
  const top = candidates[0]?.hits[0]?.score ?? 0;
  let best = 0;
  for (const candidate of candidates.slice(0, 5)) {
    const members = index.sections.get(candidate.key) ?? [];
    const lexemes = { has: (lexeme: string) => members.some((at) => chunkHolds(index, at, lexeme)) };
    const relative = top > 0 ? (candidate.hits[0]?.score ?? 0) / top : 1;
    best = Math.max(best, coverage(terms, lexemes, words) * Math.sqrt(relative));
  }
  return best;
}

function rarityOf(term: Term): number {
  return englishRarity(term.word);
}
