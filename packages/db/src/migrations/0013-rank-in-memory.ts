import { type Kysely, sql } from "kysely";
import { up as createChunkTermStatistics, down as dropChunkTermStatistics } from "./0008-chunk-term-statistics";

/**
 * Retrieval now ranks from an in-memory copy of the index (packages/rag,
 * retrieve/chunk-index/), built from `chunk.search` itself. What the
 * database did for ranking in SQL goes: the GIN index on `search`, the
 * headings-only tsvector and its index, and the `chunk_term` counts with
 * their triggers (the in-memory index counts lexemes itself). Ingest no
 * longer pays for any of them.
 *
 * What comes instead is a number that changes whenever any chunk does, which
 * each question checks: reading it is a primary-key lookup, where telling
 * "did the chunks change?" from the chunks themselves would read them all.
 * Statement-level triggers bump it once per insert, update, delete or
 * truncate statement (ingest's cascade from `document` included), inside the
 * writer's transaction, so a reader never sees new chunks with an old number.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await dropChunkTermStatistics(db);
  await db.schema.dropIndex("chunk_search_idx").execute();

  await db.schema
    .createTable("chunk_generation")
    .addColumn("id", "boolean", (c) => c.primaryKey().defaultTo(true).check(sql`id`))
    .addColumn("value", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`insert into chunk_generation (id, value) values (true, 0)`.execute(db);
  await sql`
    create function chunk_generation_bump() returns trigger language plpgsql as $$
    begin
      update chunk_generation set value = value + 1 where id;
      return null;
    end
    $$
  `.execute(db);
  await sql`
    create trigger chunk_generation_change after insert or update or delete on chunk
    for each statement execute function chunk_generation_bump()
  `.execute(db);
  await sql`
    create trigger chunk_generation_truncate after truncate on chunk
    for each statement execute function chunk_generation_bump()
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger chunk_generation_truncate on chunk`.execute(db);
  await sql`drop trigger chunk_generation_change on chunk`.execute(db);
  await sql`drop function chunk_generation_bump()`.execute(db);
  await db.schema.dropTable("chunk_generation").execute();

  await db.schema.createIndex("chunk_search_idx").on("chunk").using("gin").column("search").execute();
  await createChunkTermStatistics(db);
}
