import { stemmer } from "stemmer";

/** A word of a text and where it is: [start, end) in that text. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

// Letters and digits only: "@docusaurus/plugin-content-docs", "--no-config" and "`useQuery()`" are
// each searched by their words, as a docs search tokenizes them.
const WORD = /[\p{L}\p{N}]+/gu;
// Words joined by hyphens ("Pre-commit", "lint-staged"), also searched as one ("precommit"), as
// people write them both ways. Identifiers with "_" or "." are found by their words already.
const COMPOUND = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
// The humps of an identifier written in camelCase or PascalCase ("httpBatchLink", "TRPCNext").
const HUMP = /\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+/gu;

/** The words of `text`, with their places in it. */
export function wordsOf(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The compounds of `text`, each with its words run together ("precommit") and its place in `text`. */
export function compoundsOf(text: string): WordSpan[] {
  return [...text.matchAll(COMPOUND)].map((match) => ({
    word: match[0].replaceAll("-", ""),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** What an entry's text is indexed by: its words, then its compounds run together. */
export function indexWordsOf(text: string): string[] {
  return [...wordsOf(text), ...compoundsOf(text)].map((span) => span.word);
}

/**
 * The parts of an identifier that has humps ("httpBatchLink" → http, Batch, Link), so that "batch"
 * finds it; none for a plain word. Parts of one letter say nothing and are left out.
 */
export function humpsOf(span: WordSpan): WordSpan[] {
  if (!/\p{Ll}\p{Lu}/u.test(span.word)) return [];
  return [...span.word.matchAll(HUMP)]
    .filter((match) => match[0].length > 1)
    .map((match) => ({
      word: match[0],
      start: span.start + match.index,
      end: span.start + match.index + match[0].length,
    }));
}

const lower = (word: string) => word.toLocaleLowerCase("en");

/** Porter's stem of a lower-case word, so "batching", "batches" and "batch" meet. */
export const stem = (word: string): string => stemmer(word);

/**
 * What one word of an entry is indexed as: itself and its stem (so a word being typed still finds
 * it by prefix after the stem has cut it short: "authenticat" → "authentication"), and the same
 * for each hump of an identifier.
 */
export function indexTermsOf(word: string): string[] {
  const terms = new Set<string>();
  const add = (part: string) => {
    const lowered = lower(part);
    terms.add(lowered);
    terms.add(stem(lowered));
  };
  add(word);
  for (const hump of humpsOf({ word, start: 0, end: word.length })) add(hump.word);
  return [...terms];
}

/**
 * Words that say little about a page. A finished one is left out of a query (unless the query has
 * nothing else), so "how to configure the server" is ranked by "configure" and "server"; the one
 * still being typed is kept, since "the" may become "theme".
 */
const STOP_WORDS = new Set(
  (
    "a an and are as at be but by can do does for from has have how i if in into is it its my of on or " +
    "so than that the their then there these this to was we what when where which who why will with you your"
  ).split(" "),
);

/** One word of a query, as it is searched. */
export interface QueryWord {
  /** The word as typed, lower-cased: what a prefix match marks. */
  typed: string;
  /** Its stem: what is looked up. */
  term: string;
  /** The last word while it is being typed (no space after it yet) also finds longer words. */
  prefix: boolean;
  /**
   * Typos forgiven in it, by the stem's length: none up to 4 letters, where one typo makes another
   * common word ("cors" → "core"), one from 5 and two from 9.
   */
  typos: number;
}

/** The words a query is searched by, in order, each once. */
export function queryWords(query: string): QueryWord[] {
  const spans = wordsOf(query);
  const typing = spans.length > 0 && !/[^\p{L}\p{N}]$/u.test(query);
  const words = spans.map((span, position): QueryWord => {
    const typed = lower(span.word);
    const term = stem(typed);
    const typos = term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0;
    return { typed, term, prefix: typing && position === spans.length - 1, typos };
  });
  const meaningful = words.filter((word) => word.prefix || !STOP_WORDS.has(word.typed));
  const kept = meaningful.length > 0 ? meaningful : words;
  // "request requests" is one word to the index: counted twice, it would outrank two different words.
  return kept.filter((word, position) => kept.findIndex((other) => other.term === word.term) === position);
}
