import { type Database, perDatabase } from "@pagewise/db";
import { type Kysely, sql } from "kysely";

/** Words remembered; past this the memory starts over (a reader's vocabulary repeats, a flood of nonsense does not). */
const MAX_REMEMBERED = 100_000;
const rememberedFor = perDatabase(() => new Map<string, string[]>());

/**
 * What Postgres's english configuration makes of each word (`subscriptions`
 * → `subscript`, `the` → nothing), asked of the database so that questions
 * and the index always agree, and remembered: most questions reuse words,
 * so most cost no query at all.
 */
export async function lexemesOf(db: Kysely<Database>, words: string[]): Promise<Map<string, string[]>> {
  const remembered = rememberedFor(db);
  const missing = [...new Set(words.filter((word) => !remembered.has(word)))];
  if (missing.length > 0) {
    const { rows } = await sql<{ word: string; lexemes: string[] }>`
      select word, array(
        select lexeme from unnest(to_tsvector('english', word)) order by positions[1]
      ) as lexemes
      from unnest(cast(${missing} as text[])) as word
    `.execute(db);
    if (remembered.size + rows.length > MAX_REMEMBERED) remembered.clear();
    for (const row of rows) remembered.set(row.word, row.lexemes);
  }
  return new Map(words.map((word) => [word, remembered.get(word) ?? []]));
}
