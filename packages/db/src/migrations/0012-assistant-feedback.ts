import { type Kysely, sql } from "kysely";

/**
 * What readers ask the assistant and what they think of its answers, for the
 * admin "Assistant" page and the docs team.
 * - `question_log`: one row per answer given. No user id and no IP address:
 *   `visitor_key` is a keyed hash of the day and the client's address and
 *   browser, so it changes every day and cannot be turned back into either.
 *   Rows older than QUESTION_RETENTION_DAYS are deleted by the server.
 * - `answer_feedback`: a reader's 👍 (+1) or 👎 (-1) on one answer, with an
 *   optional short comment. One row per visitor and answer (a second vote
 *   replaces the first), so one person cannot vote a hundred times. It goes
 *   with its question (ON DELETE CASCADE), so retention covers it too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("question_log")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("asked_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("question", "text", (c) => c.notNull())
    .addColumn("answered", "boolean", (c) => c.notNull())
    .addColumn("mode", "text", (c) => c.notNull().check(sql`mode in ('extractive', 'llm')`))
    .addColumn("cited_sources", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("visitor_key", "text")
    .execute();
  await db.schema.createIndex("question_log_asked_at_idx").on("question_log").column("asked_at").execute();

  await db.schema
    .createTable("answer_feedback")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("question_log_id", "uuid", (c) => c.notNull().references("question_log.id").onDelete("cascade"))
    .addColumn("visitor_key", "text", (c) => c.notNull())
    .addColumn("vote", "smallint", (c) => c.notNull().check(sql`vote in (-1, 1)`))
    .addColumn("comment", "text", (c) => c.check(sql`char_length(comment) <= 500`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("answer_feedback_one_vote_per_visitor", ["question_log_id", "visitor_key"])
    .execute();
  await db.schema.createIndex("answer_feedback_created_at_idx").on("answer_feedback").column("created_at").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("answer_feedback").execute();
  await db.schema.dropTable("question_log").execute();
}
