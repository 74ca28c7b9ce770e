import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import MiniSearch from "minisearch";
import { englishStopWords } from "./english-stop-words";

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
 * no fuzzy or prefix matching) over exactly the chunk texts in the database,
 * with a standard English stop-word list, as anyone setting up BM25 would:
 * without it, "how", "do" and "the" score as evidence and the peer looks
 * weaker than it is.
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
    processTerm: (term) => {
      const lower = term.toLowerCase();
      return englishStopWords.has(lower) ? null : lower;
    },
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
