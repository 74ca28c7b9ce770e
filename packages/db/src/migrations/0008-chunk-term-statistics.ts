import { type Kysely, sql } from "kysely";

/**
 * How many chunks contain each lexeme, for retrieval's idf weights. Counting
 * them per question (`count(*) where search @@ word`) visits every matching row:
 * a common word costs several milliseconds at 100k chunks, for a number that
 * only changes when chunks do. Statement-level triggers keep the table exact
 * from the transition tables (one aggregate per insert/delete/update
 * statement, so a bulk ingest pays once per statement, not per row), which
 * also covers chunks removed by the cascade from `document`. Upserts run in
 * lexeme order so that two concurrent writers lock rows in the same order.
 * A lexeme whose count reaches zero is deleted, so the table never outgrows
 * the vocabulary of the chunks actually stored.
 *
 * `chunk.heading_search` is the page title and section headings alone (the
 * A and B parts of `search`), GIN-indexed: on a large book the any-term
 * fallback lets only its rarest words pick candidates anywhere in a chunk, and
 * finds the less rare ones only where they are in a title or heading (where
 * they weigh most), which `search @@ 'word:AB'` could only tell by reading
 * and decompressing every matching row's tsvector.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("chunk")
    .addColumn("heading_search", sql`tsvector`, (c) =>
      c
        .notNull()
        .generatedAlwaysAs(
          sql`to_tsvector('english', translate(coalesce(title, '') || ' ' || coalesce(headings, ''), './', '  '))`,
        )
        .stored(),
    )
    .execute();
  await db.schema.createIndex("chunk_heading_search_idx").on("chunk").using("gin").column("heading_search").execute();

  await db.schema
    .createTable("chunk_term")
    .addColumn("lexeme", "text", (c) => c.primaryKey())
    .addColumn("chunks", "integer", (c) => c.notNull())
    .execute();

  await sql`
    create function chunk_term_count() returns trigger language plpgsql as $$
    begin
      if tg_op in ('DELETE', 'UPDATE') then
        update chunk_term t set chunks = t.chunks - o.chunks
        from (
          select u.lexeme, count(*)::int as chunks
          from old_rows, unnest(old_rows.search) as u
          group by u.lexeme
          order by u.lexeme
        ) o
        where t.lexeme = o.lexeme;
        delete from chunk_term t
        where t.chunks <= 0 and t.lexeme in (select u.lexeme from old_rows, unnest(old_rows.search) as u);
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        insert into chunk_term (lexeme, chunks)
        select u.lexeme, count(*)::int
        from new_rows, unnest(new_rows.search) as u
        group by u.lexeme
        order by u.lexeme
        on conflict (lexeme) do update set chunks = chunk_term.chunks + excluded.chunks;
      end if;
      return null;
    end
    $$
  `.execute(db);
  await sql`
    create function chunk_term_clear() returns trigger language plpgsql as $$
    begin
      truncate chunk_term;
      return null;
    end
    $$
  `.execute(db);
  await sql`
    create trigger chunk_term_insert after insert on chunk
    referencing new table as new_rows for each statement execute function chunk_term_count()
  `.execute(db);
  await sql`
    create trigger chunk_term_delete after delete on chunk
    referencing old table as old_rows for each statement execute function chunk_term_count()
  `.execute(db);
  await sql`
    create trigger chunk_term_update after update on chunk
    referencing old table as old_rows new table as new_rows for each statement execute function chunk_term_count()
  `.execute(db);
  await sql`
    create trigger chunk_term_truncate after truncate on chunk
    for each statement execute function chunk_term_clear()
  `.execute(db);

  await sql`
    insert into chunk_term (lexeme, chunks)
    select u.lexeme, count(*)::int from chunk, unnest(chunk.search) as u group by u.lexeme
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger chunk_term_truncate on chunk`.execute(db);
  await sql`drop trigger chunk_term_update on chunk`.execute(db);
  await sql`drop trigger chunk_term_delete on chunk`.execute(db);
  await sql`drop trigger chunk_term_insert on chunk`.execute(db);
  await sql`drop function chunk_term_clear()`.execute(db);
  await sql`drop function chunk_term_count()`.execute(db);
  await db.schema.dropTable("chunk_term").execute();
  await db.schema.alterTable("chunk").dropColumn("heading_search").execute();
}
