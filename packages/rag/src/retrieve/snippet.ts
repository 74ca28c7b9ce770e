import { type Database, perDatabase } from "@pagewise/db";
import type { Kysely } from "kysely";
import { lexemesOf } from "./lexemes";

/** Words per fragment, and fragments per snippet: what `ts_headline` gave with MaxWords 30, MaxFragments 2. */
const FRAGMENT_WORDS = 30;
const MAX_FRAGMENTS = 2;
/** Words of context kept before a fragment's first match. */
const LEAD_WORDS = 5;
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

/** A body as snippets quote it, with its words. */
interface Passage {
  /** The body with any literal `<mark>` tag removed (a page's own is no highlight) and runs of whitespace made one space. */
  text: string;
  words: Word[];
  /** Each lexeme's words, as indexes into `words`: a question's few lexemes find their words without a pass over all of them. */
  wordsOf: Map<string, number[]>;
}

/** Bodies whose words were last looked up, per database: the same passages answer many questions. */
const MAX_REMEMBERED_BODIES = 2_000;
const rememberedFor = perDatabase(() => new Map<string, Passage>());

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
  const passages = await passagesOf(db, bodies);
  return passages.map((passage) => {
    const { text, words } = passage;
    const matched = matchedLexemes(passage, questionLexemes);
    return fragments(matched, words)
      .map(([first, last]) => markWords(text, words, matched, first, last))
      .join(" … ");
  });
}

/** Per word, the question lexeme it stands for, if any (the first of its lexemes the question has). */
function matchedLexemes({ words, wordsOf }: Passage, questionLexemes: ReadonlySet<string>): (string | undefined)[] {
  const matched = new Array<string | undefined>(words.length);
  for (const questionLexeme of questionLexemes) {
    for (const at of wordsOf.get(questionLexeme) ?? []) {
      matched[at] ??= words[at]?.lexemes.find((lexeme) => questionLexemes.has(lexeme));
    }
  }
  return matched;
}

/**
 * Each body as snippets quote it, with its words and their lexemes,
 * remembered per body: cleaning the text once here is what lets a question's
 * snippets be cut and marked without another pass over them.
 */
async function passagesOf(db: Kysely<Database>, bodies: readonly string[]): Promise<Passage[]> {
  const remembered = rememberedFor(db);
  const missing = [...new Set(bodies.filter((body) => !remembered.has(body)))];
  if (missing.length > 0) {
    const texts = missing.map((body) =>
      body
        .replace(/<\/?mark>/gi, "")
        .replace(/\s+/g, " ")
        .trim(),
    );
    const spans = texts.map((text) => [...text.matchAll(/[\p{L}\p{N}]+/gu)]);
    const normalised = (word: string) => word.normalize("NFKC").toLowerCase();
    const lexemes = await lexemesOf(db, [...new Set(spans.flat().map((match) => normalised(match[0])))]);
    if (remembered.size + missing.length > MAX_REMEMBERED_BODIES) remembered.clear();
    missing.forEach((body, i) => {
      const text = texts[i] ?? "";
      const words = (spans[i] ?? []).map((match, at, all): Word => {
        const previous = all[at - 1];
        const gap = previous === undefined ? "" : text.slice(previous.index + previous[0].length, match.index);
        return {
          start: match.index,
          end: match.index + match[0].length,
          lexemes: lexemes.get(normalised(match[0])) ?? [],
          startsSentence: previous === undefined || /[.!?:]\s/.test(gap),
        };
      });
      const wordsOf = new Map<string, number[]>();
      words.forEach((word, at) => {
        for (const lexeme of word.lexemes) {
          const known = wordsOf.get(lexeme);
          if (known === undefined) wordsOf.set(lexeme, [at]);
          else known.push(at);
        }
      });
      remembered.set(body, { text, words, wordsOf });
    });
  }
  return bodies.map((body) => remembered.get(body) ?? { text: "", words: [], wordsOf: new Map() });
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
 * last one when the fragment reaches the text's start or end).
 */
function markWords(text: string, words: Word[], matched: (string | undefined)[], from: number, to: number): string {
  const first = words[from];
  const last = words[to - 1];
  if (first === undefined || last === undefined) return "";
  let end = text.length;
  if (to < words.length) {
    CLOSING_PUNCTUATION.lastIndex = last.end;
    end = last.end + (CLOSING_PUNCTUATION.exec(text)?.[0].length ?? 0);
  }
  let marked = "";
  let at = from === 0 ? 0 : first.start;
  for (let i = from; i < to; i++) {
    const word = words[i];
    if (word === undefined || matched[i] === undefined) continue;
    marked += `${text.slice(at, word.start)}<mark>${text.slice(word.start, word.end)}</mark>`;
    at = word.end;
  }
  return marked + text.slice(at, end);
}
