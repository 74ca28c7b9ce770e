import type { Database } from "@pagewise/db";
import { type Kysely, sql } from "kysely";

export const CHUNKS_PER_DOCUMENT = 10;
const DOCUMENTS_PER_BATCH = 500;

/**
 * Adds documents `from`..`to` (numbers) with CHUNKS_PER_DOCUMENT chunks each,
 * generated inside the database, so no text crosses the wire or touches the
 * disk. Word k of the vocabulary is drawn as floor(n^u), u uniform: P(k) ∝ 1/k,
 * Zipf's law with s = 1. Bodies are 40–120 words, like a docs section.
 * `setseed` makes every run produce the same corpus.
 */
export async function addSyntheticDocuments(
  db: Kysely<Database>,
  words: string[],
  from: number,
  to: number,
  onBatch?: (done: number) => void,
): Promise<void> {
  for (let start = from; start <= to; start += DOCUMENTS_PER_BATCH) {
    const end = Math.min(to, start + DOCUMENTS_PER_BATCH - 1);
    await db.transaction().execute(async (trx) => {
      await sql`select setseed(${(start % 10_000) / 10_000})`.execute(trx);
      await sql`
        with v as (select cast(${words} as text[]) as words, ${words.length}::int as n),
        docs as (
          insert into document (source_path, slug, title, content_hash)
          select 'bench/' || i || '.md', 'bench/' || i,
            (select string_agg(v.words[floor(power(v.n, random()))::int], ' ') from v, generate_series(1, 2 + i % 3) w),
            md5(i::text)
          from generate_series(${start}::int, ${end}::int) as i
          returning id, title, source_path
        )
        insert into chunk (document_id, ordinal, heading_path, anchor, title, headings, body, code)
        select docs.id, o, array[h.heading], 'section-' || o, docs.title, h.heading, b.body, ''
        from docs
        cross join generate_series(0, ${CHUNKS_PER_DOCUMENT - 1}::int) as o
        cross join lateral (
          select string_agg(v.words[floor(power(v.n, random()))::int], ' ') as heading
          from v, generate_series(1, 2 + (o + length(docs.source_path)) % 3) w
        ) h
        cross join lateral (
          select string_agg(v.words[floor(power(v.n, random()))::int], ' ') as body
          from v, generate_series(1, 40 + (o * 37 + length(docs.source_path) * 11) % 81) w
        ) b
      `.execute(trx);
    });
    onBatch?.(end);
  }
  await sql`analyze document`.execute(db);
  await sql`analyze chunk`.execute(db);
}

/**
 * Questions as readers type them: a question opener, then two or three words
 * from the middle of the vocabulary (not so common that they are noise, not
 * so rare that only one chunk has them), plus one very common word. Seeded.
 */
export function syntheticQuestions(words: string[], count: number): string[] {
  let state = 12345;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const pick = (low: number, high: number) => words[Math.floor(low + next() * (high - low))] ?? "";
  const openers = ["how do I", "what is the", "why does the", "where can I find the", "can I"];
  const questions: string[] = [];
  for (let index = 0; index < count; index++) {
    const content = Array.from({ length: 2 + (index % 2) }, () => pick(60, Math.min(words.length, 3000)));
    questions.push(`${openers[index % openers.length]} ${content.join(" ")} ${pick(20, 60)}?`);
  }
  return questions;
}
