import { type Database, perDatabase } from "@pagewise/db";
import type { Kysely } from "kysely";
import { lexemesOf } from "./lexemes";

/** Words per fragment, and fragments per snippet: what `ts_headline` gave with MaxWords 30, MaxFragments 2. */
const FRAGMENT_WORDS = 30;
const MAX_FRAGMENTS = 2;
/** Words of context kept before a fragment's first match. */
const LEAD_WORDS = 5;
const MARK_START = "\uE000";
const MARK_END = "\uE001";
/** Punctuation right after a word (sticky: read where the word ends, without copying the rest of the body). */
const CLOSING_PUNCTUATION = /[^\s\p{L}\p{N}]*/uy;

interface Word {
  start: number;
  end: number;
  /** What Postgres makes of it: usually one lexeme, none for a stop-word. */
  lexemes: string[];
  /** Whether a sentence begins with it (the body's first word, or one after `.`, `!`, `?` or `:`). */
  startsSentence: boolean;
}

/** Bodies whose words were last looked up, per database: the same passages answer many questions. */
const MAX_REMEMBERED_BODIES = 2_000;
const rememberedFor = perDatabase(() => new Map<string, Word[]>());

/**
 * A short excerpt of each body around the question's words, with those words
 * wrapped in `<mark>`…`</mark>`: the window of FRAGMENT_WORDS words holding
 * the most distinct question words, and a second one when another part of the
 * body holds some too. A word is marked when Postgres's english configuration
 * makes the same lexeme of it as of a question word (`subscriptions` for
 * `subscribe`), asked through the same remembered lookup as the question's
 * words, so after the first questions this reads nothing from the database.
 * Everything but the marks is text from the page, never HTML.
 */
export async function markedSnippets(
  db: Kysely<Database>,
  bodies: readonly string[],
  questionLexemes: ReadonlySet<string>,
): Promise<string[]> {
  const words = await wordsOf(db, bodies);
  return bodies.map((body, i) => {
    const bodyWords = words[i] ?? [];
    // Per word, the question lexeme it stands for, if any.
    const matched = bodyWords.map((word) => word.lexemes.find((lexeme) => questionLexemes.has(lexeme)));
    return fragments(matched, bodyWords)
      .map(([first, last]) => markWords(body, bodyWords, matched, first, last))
      .join(" … ");
  });
}

/** Each body's words with their lexemes, remembered per body text. */
async function wordsOf(db: Kysely<Database>, bodies: readonly string[]): Promise<Word[][]> {
  const rememberedWords = rememberedFor(db);
  const missing = [...new Set(bodies.filter((body) => !rememberedWords.has(body)))];
  if (missing.length > 0) {
    const spans = missing.map((body) => [...body.matchAll(/[\p{L}\p{N}]+/gu)]);
    const normalised = (text: string) => text.normalize("NFKC").toLowerCase();
    const lexemes = await lexemesOf(db, [...new Set(spans.flat().map((match) => normalised(match[0])))]);
    if (rememberedWords.size + missing.length > MAX_REMEMBERED_BODIES) rememberedWords.clear();
    missing.forEach((body, i) => {
      rememberedWords.set(
        body,
        (spans[i] ?? []).map((match, at, all) => {
          const previous = all[at - 1];
          const gap = previous === undefined ? "" : body.slice(previous.index + previous[0].length, match.index);
          return {
            start: match.index,
            end: match.index + match[0].length,
            lexemes: lexemes.get(normalised(match[0])) ?? [],
            startsSentence: previous === undefined || /[.!?:]\s/.test(gap),
          };
        }),
      );
    });
  }
  return bodies.map((body) => rememberedWords.get(body) ?? []);
}

/**
 * Up to MAX_FRAGMENTS windows [first, last) of words, in page order: each the
 * window with the most distinct question words (then the most marked words)
 * that does not overlap one already chosen; the body's opening when nothing
 * matches. One pass per fragment, sliding the window a word at a time.
 * Fragments a few words apart are joined into one.
 */
function fragments(matched: (string | undefined)[], words: Word[]): [number, number][] {
  if (matched.length <= FRAGMENT_WORDS) return matched.length === 0 ? [] : [[0, matched.length]];
  const chosen: [number, number][] = [];
  for (let round = 0; round < MAX_FRAGMENTS; round++) {
    let best: { first: number; distinct: number; total: number } | undefined;
    const counts = new Map<string, number>();
    let total = 0;
    for (let last = 0; last < matched.length; last++) {
      const entering = matched[last];
      if (entering !== undefined) {
        counts.set(entering, (counts.get(entering) ?? 0) + 1);
        total++;
      }
      const first = last - FRAGMENT_WORDS + 1;
      if (first > 0) {
        const leaving = matched[first - 1];
        if (leaving !== undefined) {
          const left = (counts.get(leaving) ?? 1) - 1;
          if (left === 0) counts.delete(leaving);
          else counts.set(leaving, left);
          total--;
        }
      }
      if (first < 0 || chosen.some(([a, b]) => first < b && a < first + FRAGMENT_WORDS)) continue;
      if (best === undefined || counts.size > best.distinct || (counts.size === best.distinct && total > best.total)) {
        best = { first, distinct: counts.size, total };
      }
    }
    if (best === undefined || (best.distinct === 0 && chosen.length > 0)) break;
    const first = centred(matched, words, best.first);
    const overlaps = chosen.some(([a, b]) => first < b && a < first + FRAGMENT_WORDS);
    chosen.push(overlaps ? [best.first, best.first + FRAGMENT_WORDS] : [first, first + FRAGMENT_WORDS]);
    if (best.distinct === 0) break;
  }
  const joined: [number, number][] = [];
  for (const [first, last] of chosen.sort((a, b) => a[0] - b[0])) {
    const previous = joined.at(-1);
    if (previous !== undefined && first - previous[1] <= LEAD_WORDS) previous[1] = last;
    else joined.push([first, last]);
  }
  return joined;
}

/**
 * The start of a window holding the same matches as the one starting at
 * `first`, moved so that up to LEAD_WORDS words of context come before the
 * first of them, beginning with a sentence where one begins in that stretch
 * (the sliding pass finds the earliest such window, which ends on its last
 * match).
 */
function centred(matched: (string | undefined)[], words: Word[], first: number): number {
  let firstMatch = -1;
  let lastMatch = -1;
  for (let i = first; i < first + FRAGMENT_WORDS; i++) {
    if (matched[i] === undefined) continue;
    if (firstMatch < 0) firstMatch = i;
    lastMatch = i;
  }
  if (firstMatch < 0) return first;
  let start = Math.max(0, firstMatch - LEAD_WORDS);
  while (start < firstMatch && words[start]?.startsSentence !== true) start++;
  if (words[start]?.startsSentence !== true) start = Math.max(0, firstMatch - LEAD_WORDS);
  if (lastMatch >= start + FRAGMENT_WORDS) start = lastMatch - FRAGMENT_WORDS + 1;
  return Math.max(0, Math.min(start, matched.length - FRAGMENT_WORDS));
}

/**
 * The text of words [from, to), matched words marked, with the punctuation
 * that closes the last word (and everything before the first word or after the
 * last one when the fragment reaches the body's start or end). Literal
 * `<mark>` in a page is no highlight.
 */
function markWords(body: string, words: Word[], matched: (string | undefined)[], from: number, to: number): string {
  const first = words[from];
  const last = words[to - 1];
  if (first === undefined || last === undefined) return "";
  let end = body.length;
  if (to < words.length) {
    CLOSING_PUNCTUATION.lastIndex = last.end;
    end = last.end + (CLOSING_PUNCTUATION.exec(body)?.[0].length ?? 0);
  }
  let text = "";
  let at = from === 0 ? 0 : first.start;
  for (let i = from; i < to; i++) {
    const word = words[i];
    if (word === undefined || matched[i] === undefined) continue;
    text += body.slice(at, word.start) + MARK_START + body.slice(word.start, word.end) + MARK_END;
    at = word.end;
  }
  text += body.slice(at, end);
  return (text.includes("<") ? text.replace(/<\/?mark>/gi, "") : text)
    .replace(/\s+/g, " ")
    .trim()
    .replaceAll(MARK_START, "<mark>")
    .replaceAll(MARK_END, "</mark>");
}
