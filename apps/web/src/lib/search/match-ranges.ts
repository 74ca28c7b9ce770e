import { compoundsOf, humpsOf, type QueryWord, stem, type WordSpan, wordsOf } from "./search-words";

/** A matched part of a result's text, to highlight: [start, end) in `text`. */
export interface MatchRange {
  start: number;
  end: number;
}

const lower = (word: string) => word.toLocaleLowerCase("en");
const isMatched = (word: string, matched: ReadonlySet<string>) =>
  matched.has(lower(word)) || matched.has(stem(lower(word)));

/** Where a word matches: the typed part of a word being typed, else the whole word if the index matched it. */
function matchIn(span: WordSpan, words: readonly QueryWord[], matched: ReadonlySet<string>): MatchRange | undefined {
  const lowered = lower(span.word);
  const typedPart = words.find((word) => word.prefix && lowered.startsWith(word.typed));
  // Lower-casing can change a word's length ("İ"): then only the whole word can be marked safely.
  if (typedPart !== undefined && lowered.length === span.word.length) {
    return { start: span.start, end: span.start + typedPart.typed.length };
  }
  return isMatched(span.word, matched) ? { start: span.start, end: span.end } : undefined;
}

/**
 * The parts of `text` to highlight for a result, in order: the words the search matched
 * (`matched` holds the index's terms that it found), or only the humps of an identifier that
 * matched ("Batch" in "httpBatchLink"), or a whole compound found as one word ("Pre-commit" for
 * "precommit").
 */
export function matchRanges(text: string, words: readonly QueryWord[], matched: ReadonlySet<string>): MatchRange[] {
  const ranges = wordsOf(text).flatMap((span) => {
    const whole = matchIn(span, words, matched);
    if (whole !== undefined) return [whole];
    return humpsOf(span).flatMap((hump) => matchIn(hump, words, matched) ?? []);
  });
  for (const compound of compoundsOf(text)) {
    const marked = ranges.some((range) => range.start < compound.end && range.end > compound.start);
    if (!marked && isMatched(compound.word, matched)) ranges.push({ start: compound.start, end: compound.end });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** `text` cut into plain and matched parts, in order, for rendering with <mark>. */
export function splitMatches(text: string, matches: readonly MatchRange[]): Array<{ text: string; marked: boolean }> {
  const parts: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const { start, end } of matches) {
    if (start < at) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
