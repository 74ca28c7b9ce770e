import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import type { ChunkIndex } from "./chunk-index/chunk-index";
import { lexemesOf } from "./lexemes";
import { spellingVariants } from "./spelling-variants";

export interface Term {
  /** The word as typed (lower-cased). */
  word: string;
  /** What Postgres's english config makes of it (`subscriptions` → `subscript`). */
  lexeme: string;
  /** Chunks that contain it. */
  matches: number;
  /** Inverse document frequency over chunks, as BM25 computes it. */
  idf: number;
  /** Share of all chunks that contain it. */
  share: number;
}

/**
 * The words Postgres keeps as lexemes (stop-words drop out), one per lexeme
 * ("link" and "links" count once), with how common each is in the book's
 * chunk index.
 */
export async function weighTerms(db: Kysely<Database>, index: ChunkIndex, words: string[]): Promise<Term[]> {
  if (words.length === 0) return [];
  const rows = await withSpellingVariants(db, index, await lookUp(db, index, words));
  const total = index.chunks.length;
  const terms: Term[] = [];
  for (const { word, lexeme, matches } of rows) {
    if (terms.some((term) => term.lexeme === lexeme)) continue;
    terms.push({
      word,
      lexeme,
      matches,
      idf: Math.log(1 + (total - matches + 0.5) / (matches + 0.5)),
      share: total === 0 ? 0 : matches / total,
    });
  }
  return terms;
}

interface Looked {
  word: string;
  lexeme: string;
  matches: number;
}

/** Each word's lexemes and how many chunks hold each, in the words' order (stop-words drop out). */
async function lookUp(db: Kysely<Database>, index: ChunkIndex, words: string[]): Promise<Looked[]> {
  const lexemes = await lexemesOf(db, words);
  return words.flatMap((word) =>
    (lexemes.get(word) ?? []).map((lexeme) => ({
      word,
      lexeme,
      matches: index.postings.get(lexeme)?.chunks.length ?? 0,
    })),
  );
}

/**
 * A word the book never uses is looked up again in its other spellings
 * (spelling-variants.ts) and stands for the one the book uses most: a
 * reader's "initialise" finds the book's "initialize". Words the book has
 * are never touched, so this costs nothing for most questions.
 */
async function withSpellingVariants(db: Kysely<Database>, index: ChunkIndex, rows: Looked[]): Promise<Looked[]> {
  const unknown = rows.filter((row) => row.matches === 0);
  const variants = [...new Set(unknown.flatMap((row) => spellingVariants(row.word)))];
  if (variants.length === 0) return rows;
  const found = new Map((await lookUp(db, index, variants)).map((row) => [row.word, row]));
  return rows.map((row) => {
    if (row.matches > 0) return row;
    const best = spellingVariants(row.word)
      .map((variant) => found.get(variant))
      .filter((variant): variant is Looked => variant !== undefined && variant.matches > 0)
      .sort((a, b) => b.matches - a.matches)[0];
    return best ?? row;
  });
}
