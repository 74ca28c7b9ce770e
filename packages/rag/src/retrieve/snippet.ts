import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import { lexemesOf } from "./lexemes";

/** Words per fragment, and fragments per snippet: what `ts_headline` gave with MaxWords 30, MaxFragments 2. */
const FRAGMENT_WORDS = 30;
const MAX_FRAGMENTS = 2;
const MARK_START = "\uE000";
const MARK_END = "\uE001";

interface Word {
  start: number;
  end: number;
  /** The question's lexemes it stands for (usually none or one). */
  matches: string[];
}

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
  const spans = bodies.map((body) => [...body.matchAll(/[\p{L}\p{N}]+/gu)]);
  const normalised = (text: string) => text.normalize("NFKC").toLowerCase();
  const lexemes = await lexemesOf(db, [...new Set(spans.flat().map((match) => normalised(match[0])))]);
  return bodies.map((body, i) => {
    const words: Word[] = (spans[i] ?? []).map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      matches: (lexemes.get(normalised(match[0])) ?? []).filter((lexeme) => questionLexemes.has(lexeme)),
    }));
    return fragments(words)
      .map(([first, last]) => markWords(body, words.slice(first, last)))
      .join(" … ");
  });
}

/** Up to MAX_FRAGMENTS windows [first, last) of words, in page order; the body's opening when nothing matches. */
function fragments(words: Word[]): [number, number][] {
  if (words.length <= FRAGMENT_WORDS) return words.length === 0 ? [] : [[0, words.length]];
  const chosen: [number, number][] = [];
  for (let round = 0; round < MAX_FRAGMENTS; round++) {
    let best: { first: number; distinct: number; total: number } | undefined;
    for (let first = 0; first + FRAGMENT_WORDS <= words.length; first++) {
      const last = first + FRAGMENT_WORDS;
      if (chosen.some(([a, b]) => first < b && a < last)) continue;
      const window = words.slice(first, last).flatMap((word) => word.matches);
      const distinct = new Set(window).size;
      if (
        best === undefined ||
        distinct > best.distinct ||
        (distinct === best.distinct && window.length > best.total)
      ) {
        best = { first, distinct, total: window.length };
      }
    }
    if (best === undefined || (best.distinct === 0 && chosen.length > 0)) break;
    chosen.push([best.first, best.first + FRAGMENT_WORDS]);
    if (best.distinct === 0) break;
  }
  return chosen.sort((a, b) => a[0] - b[0]);
}

/** The text from the first word to the last, matched words marked; literal `<mark>` in a page is no highlight. */
function markWords(body: string, words: Word[]): string {
  const first = words[0];
  const last = words.at(-1);
  if (first === undefined || last === undefined) return "";
  let text = "";
  let at = first.start;
  for (const word of words) {
    if (word.matches.length === 0) continue;
    text += body.slice(at, word.start) + MARK_START + body.slice(word.start, word.end) + MARK_END;
    at = word.end;
  }
  text += body.slice(at, last.end);
  return text
    .replace(/<\/?mark>/gi, "")
    .replace(/\s+/g, " ")
    .trim()
    .replaceAll(MARK_START, "<mark>")
    .replaceAll(MARK_END, "</mark>");
}
