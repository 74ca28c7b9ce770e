import type { Database } from "@pagewise/db";
import { type Kysely, sql } from "kysely";
import type { EmbeddingsConfig } from "../config/rag-runtime";
import { embedTexts } from "./embed-texts";

const BATCH = 64;
/** Embedding models read a few thousand tokens at most; the start of a section says what it is about. */
const MAX_TEXT_CHARS = 6000;

/**
 * Embeds every chunk that has no vector for the configured model yet, in
 * batches, and returns how many it embedded. Incremental by construction: a
 * changed page's chunks are new rows (their old vectors went with the old rows),
 * and unchanged chunks keep theirs. Runs outside the ingest transaction, since
 * it waits on the network; a failure leaves the full-text index intact.
 */
export async function embedChunks(db: Kysely<Database>, config: EmbeddingsConfig): Promise<number> {
  let embedded = 0;
  for (;;) {
    const rows = await db
      .selectFrom("chunk")
      .leftJoin("chunk_embedding", (join) =>
        join.onRef("chunk_embedding.chunk_id", "=", "chunk.id").on("chunk_embedding.model", "=", config.model),
      )
      .where("chunk_embedding.chunk_id", "is", null)
      .select(["chunk.id", "chunk.title", "chunk.headings", "chunk.body", "chunk.code"])
      .orderBy("chunk.id")
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return embedded;
    const vectors = await embedTexts(
      config,
      rows.map((row) => embeddingText(row)),
    );
    const values = rows.flatMap((row, index) => {
      const embedding = vectors[index];
      return embedding === undefined
        ? []
        : [{ chunk_id: row.id, model: config.model, dimensions: embedding.length, embedding }];
    });
    await db
      .insertInto("chunk_embedding")
      .values(values)
      .onConflict((conflict) =>
        conflict.column("chunk_id").doUpdateSet({
          model: sql`excluded.model`,
          dimensions: sql`excluded.dimensions`,
          embedding: sql`excluded.embedding`,
        }),
      )
      .execute();
    embedded += values.length;
  }
}

/** What a chunk is about, as one text: where it sits in the book, then what it says. */
export function embeddingText(chunk: { title: string; headings: string; body: string; code: string }): string {
  return [chunk.title, chunk.headings, chunk.body, chunk.code]
    .filter((part) => part.trim() !== "")
    .join("\n")
    .slice(0, MAX_TEXT_CHARS);
}
