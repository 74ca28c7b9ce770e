import type { Database } from "@pagewise/db";
import { type Kysely, sql } from "kysely";
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
 * Above this many chunks the total is the planner's estimate (pg_class.reltuples,
 * kept by ANALYZE/autovacuum) instead of count(*), which reads the whole table:
 * 50 ms at 100k chunks, most of a question's time. idf takes the log of it, so
 * an estimate a few percent off changes no ranking. Small books (and tables
 * never analysed, reltuples = -1) are counted exactly.
 */
const ESTIMATE_ABOVE = 10_000;

/**
 * The words Postgres keeps as lexemes (stop-words drop out), one per lexeme
 * ("link" and "links" count once), with how common each is in the index.
 * A word that is one lexeme (all of them, as queryTerms splits words) is looked
 * up in `chunk_term`, which triggers keep exact (migration 0008): counting its
 * matches instead visits every matching row, several ms per common word at
 * 100k chunks. Anything the parser makes more than one lexeme of is still counted.
 */
export async function weighTerms(db: Kysely<Database>, words: string[]): Promise<Term[]> {
  if (words.length === 0) return [];
  const rows = await withSpellingVariants(db, await lookUp(db, words));
  const terms: Term[] = [];
  for (const { word, lexeme, matches, total } of rows) {
    const bare = lexeme.replace(/^'|'$/g, "");
    if (terms.some((term) => term.lexeme === bare)) continue;
    terms.push({
      word,
      lexeme: bare,
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
  total: number;
}

/** Each word's lexeme and how many chunks hold it, in the words' order (stop-words drop out). */
async function lookUp(db: Kysely<Database>, words: string[]): Promise<Looked[]> {
  const { rows } = await sql<Looked>`
    with words as (
      select word, ordinality, websearch_to_tsquery('english', word) as query
      from unnest(cast(${words} as text[])) with ordinality as word
    )
    select word, query::text as lexeme,
      case
        when numnode(query) = 1 then coalesce((select t.chunks from chunk_term t where t.lexeme = btrim(query::text, '''')), 0)
        else (select count(*)::int from chunk where search @@ words.query)
      end as matches,
      (
        select case when c.reltuples >= ${ESTIMATE_ABOVE} then c.reltuples::int else (select count(*)::int from chunk) end
        from pg_class c where c.oid = 'chunk'::regclass
      ) as total
    from words
    where numnode(query) > 0
    order by ordinality
  `.execute(db);
  return rows;
}

/**
 * A word the book never uses is looked up again in its other spellings
 * (spelling-variants.ts) and stands for the one the book uses most: a
 * reader's "initialise" finds the book's "initialize". Words the book has
 * are never touched, so this costs nothing for most questions.
 */
async function withSpellingVariants(db: Kysely<Database>, rows: Looked[]): Promise<Looked[]> {
  const unknown = rows.filter((row) => row.matches === 0);
  const variants = [...new Set(unknown.flatMap((row) => spellingVariants(row.word)))];
  if (variants.length === 0) return rows;
  const found = new Map((await lookUp(db, variants)).map((row) => [row.word, row]));
  return rows.map((row) => {
    if (row.matches > 0) return row;
    const best = spellingVariants(row.word)
      .map((variant) => found.get(variant))
      .filter((variant): variant is Looked => variant !== undefined && variant.matches > 0)
      .sort((a, b) => b.matches - a.matches)[0];
    return best ?? row;
  });
}
