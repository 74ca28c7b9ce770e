import type { SearchEntry } from "../api-types";

/** A matched part of a result's text, to highlight: [start, end) in `text`. */
export interface MatchRange {
  start: number;
  end: number;
}

export interface SearchResult {
  entry: SearchEntry;
  /** What the result shows: the page title, or the heading. */
  text: string;
  matches: MatchRange[];
  /** Lower is better: 0 title prefix, 1 title word, 2 heading prefix or word, 3 title inside a word, 4 heading inside a word, 5 every word somewhere. */
  rank: number;
}

const normalise = (text: string) => text.toLocaleLowerCase("en");

/** Where a word of `text` (after a space or punctuation) starts with `query`. */
function wordStart(text: string, query: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(query, from);
    if (at < 0) return -1;
    if (at === 0 || /[^\p{L}\p{N}]/u.test(text[at - 1] ?? "")) return at;
    from = at + 1;
  }
}

function rankOne(entry: SearchEntry, query: string, terms: string[]): SearchResult | undefined {
  const text = entry.heading?.text ?? entry.page;
  const haystack = normalise(text);
  const isTitle = entry.heading === undefined;
  const phrase = (rank: number, start: number): SearchResult => ({
    entry,
    text,
    rank,
    matches: [{ start, end: start + query.length }],
  });
  if (isTitle && haystack.startsWith(query)) return phrase(0, 0);
  const word = wordStart(haystack, query);
  if (word >= 0) return phrase(isTitle ? 1 : 2, word);
  const inside = haystack.indexOf(query);
  if (inside >= 0) return phrase(isTitle ? 3 : 4, inside);
  if (terms.length < 2) return undefined;
  const matches: MatchRange[] = [];
  for (const term of terms) {
    const at = wordStart(haystack, term);
    if (at < 0) return undefined;
    matches.push({ start: at, end: at + term.length });
  }
  return { entry, text, rank: 5, matches: matches.sort((a, b) => a.start - b.start) };
}

/**
 * The quick-search results for `query` over the book's titles and headings, best first: a title
 * starting with the query, then a word of a title, then a heading, then matches inside words,
 * then every word of the query somewhere. Ties keep the book's order (sidebar order).
 */
export function rankSearch(entries: readonly SearchEntry[], rawQuery: string, limit = 8): SearchResult[] {
  const query = normalise(rawQuery.trim().replace(/\s+/g, " "));
  if (query === "") return [];
  const terms = query.split(" ");
  const found: SearchResult[] = [];
  for (const entry of entries) {
    const result = rankOne(entry, query, terms);
    if (result !== undefined) found.push(result);
  }
  // Array.prototype.sort is stable, so equal ranks stay in the book's order.
  return found.sort((a, b) => a.rank - b.rank).slice(0, limit);
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
