import { type Kysely, sql } from "kysely";

/**
 * Vectors for the optional semantic leg of retrieval (EMBEDDINGS_URL), one per
 * chunk and model. Stored as `real[]` (unit length) rather than pgvector's
 * `vector`, so the table exists on every Postgres, PGlite included (its 0.5
 * build ships no pgvector): similarity is computed by pgvector when the
 * extension is installed in the database, and in plain SQL otherwise (see
 * @pagewise/rag retrieve/semantic-search.ts). Chunks are rewritten when their
 * page changes, so the cascade drops stale vectors with them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("chunk_embedding")
    .addColumn("chunk_id", "uuid", (c) => c.primaryKey().references("chunk.id").onDelete("cascade"))
    .addColumn("model", "text", (c) => c.notNull())
    .addColumn("dimensions", "integer", (c) => c.notNull())
    .addColumn("embedding", sql`real[]`, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("chunk_embedding_model_idx").on("chunk_embedding").column("model").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("chunk_embedding").execute();
}
