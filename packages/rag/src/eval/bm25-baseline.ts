import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import MiniSearch from "minisearch";

export interface BaselineIndex {
  /** The pages of the best `k` chunks for a question, in rank order. */
  search(question: string, k: number): string[];
}

interface IndexedChunk {
  id: string;
  source: string;
  title: string;
  headings: string;
  body: string;
  code: string;
}

/**
 * The yardstick: plain BM25 (MiniSearch's defaults, no boosts, no stemming,
 * no fuzzy or prefix matching) over exactly the chunk texts in the database.
 */
export async function buildBaselineIndex(db: Kysely<Database>): Promise<BaselineIndex> {
  const rows = await db
    .selectFrom("chunk")
    .innerJoin("document", "document.id", "chunk.document_id")
    .select(["chunk.id", "document.source_path", "chunk.title", "chunk.headings", "chunk.body", "chunk.code"])
    .execute();
  const index = new MiniSearch<IndexedChunk>({
    fields: ["title", "headings", "body", "code"],
    storeFields: ["source"],
  });
  index.addAll(rows.map((row) => ({ ...row, source: row.source_path })));
  const sourceById = new Map(rows.map((row) => [row.id, row.source_path]));
  return {
    search(question, k) {
      return index
        .search(question)
        .slice(0, k)
        .map((result) => sourceById.get(String(result.id)) ?? "");
    },
  };
}
