import MiniSearch, { type SearchResult as Hit } from "minisearch";
import type { SearchEntry } from "../api-types";
import { type MatchRange, matchRanges } from "./match-ranges";
import { indexTermsOf, indexWordsOf, type QueryWord, queryWords } from "./search-words";

export interface SearchResult {
  entry: SearchEntry;
  /** What the result shows: the page title, or the heading. */
  text: string;
  matches: MatchRange[];
}

/** One entry as MiniSearch indexes it; `id` is the entry's position in the book's order. */
interface IndexedEntry {
  id: number;
  /** A page's own title (page entries only). */
  title?: string;
  /** The heading's text (heading entries only). */
  heading?: string;
  /** The title of the page a heading is on: context for it, never a match on its own. */
  page?: string;
}

/**
 * How much a match counts by where it is, as a docs search weighs its fields: a page's title above
 * a heading. The page a heading is on only adds to a heading that matches itself ("install
 * lockfile" → "With a lockfile" on "Install").
 */
const BOOST = { title: 4, heading: 2.5, page: 0.6 };

/** A whole word (or its stem) counts in full; the start of a longer word, or one with a typo, less. */
const WEIGHTS = { prefix: 0.5, fuzzy: 0.3 };

function toIndexed(entry: SearchEntry, id: number): IndexedEntry {
  if (entry.heading === undefined) return { id, title: entry.page };
  return { id, heading: entry.heading.text, page: entry.page };
}

/** How a hit matched the query: how many of its words, and how many of those only with a typo. */
function wordsMatched(hit: Hit, words: readonly QueryWord[]): { found: number; typos: number } {
  const terms = Object.keys(hit.match);
  let found = 0;
  let typos = 0;
  for (const word of words) {
    if (!hit.queryTerms.includes(word.term)) continue;
    found += 1;
    const exact = terms.some((term) => term === word.term || (word.prefix && term.startsWith(word.term)));
    if (!exact) typos += 1;
  }
  return { found, typos };
}

interface RankedHit {
  id: number;
  score: number;
  found: number;
  typos: number;
  matched: Set<string>;
}

/**
 * A docs search's order (Algolia's tie-breaking, roughly): more of the query's words first, then
 * fewer words found only by forgiving a typo, then the BM25 score with the fields' boosts, then
 * the book's order.
 */
const byRank = (a: RankedHit, b: RankedHit) =>
  b.found - a.found || a.typos - b.typos || b.score - a.score || a.id - b.id;

export interface BookSearch {
  /** The best results for `query`, best first. */
  search(query: string, limit?: number): SearchResult[];
}

/**
 * Search over the book's pages and headings, ranked by their words: BM25 over stems (Porter's),
 * the last word also as a prefix while it is being typed, typos forgiven in longer words, titles
 * above headings, and no word required: a result with more of them ranks first.
 */
export function createBookSearch(entries: readonly SearchEntry[]): BookSearch {
  const index = new MiniSearch<IndexedEntry>({
    fields: ["title", "heading", "page"],
    tokenize: indexWordsOf,
    processTerm: indexTermsOf,
  });
  index.addAll(entries.map(toIndexed));

  return {
    search(query, limit = 8) {
      const words = queryWords(query);
      if (words.length === 0) return [];
      const hits = index.search(words.map((word) => word.term).join(" "), {
        // The words are stems already: looked up as they are.
        tokenize: (terms) => terms.split(" "),
        processTerm: (term) => term,
        prefix: (_term, position) => words[position]?.prefix ?? false,
        fuzzy: (_term, position) => words[position]?.typos || false,
        boost: BOOST,
        weights: WEIGHTS,
      });
      const ranked = hits.flatMap((hit): RankedHit[] => {
        // A heading found only through its page's title would list every heading of that page.
        const own = Object.values(hit.match).some((fields) => fields.some((field) => field !== "page"));
        if (!own || typeof hit.id !== "number") return [];
        return [
          { id: hit.id, score: hit.score, ...wordsMatched(hit, words), matched: new Set(Object.keys(hit.match)) },
        ];
      });
      return ranked
        .sort(byRank)
        .slice(0, limit)
        .flatMap(({ id, matched }): SearchResult[] => {
          const entry = entries[id];
          if (entry === undefined) return [];
          const text = entry.heading?.text ?? entry.page;
          return [{ entry, text, matches: matchRanges(text, words, matched) }];
        });
    },
  };
}
