import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import MiniSearch from "minisearch";
import { englishStopWords } from "./english-stop-words";

export interface BaselineIndex {
  /** The pages of the best `k` chunks for a question, in rank order. */
  search(question: string, k: number): string[];
  /** The best `k` chunks themselves, as a search server would answer them. */
  hits(question: string, k: number): BaselineHit[];
}

export interface BaselineHit {
  source: string;
  title: string;
  headings: string;
  body: string;
  score: number;
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
    processTerm: (term) => {
      const lower = term.toLowerCase();
      return englishStopWords.has(lower) ? null : lower;
    },
  });
  index.addAll(rows.map((row) => ({ ...row, source: row.source_path })));
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const hits = (question: string, k: number): BaselineHit[] =>
    index
      .search(question)
      .slice(0, k)
      .flatMap((result) => {
        const row = rowById.get(String(result.id));
        return row === undefined
          ? []
          : [
              {
                source: row.source_path,
                title: row.title,
                headings: row.headings,
                body: row.body,
                score: result.score,
              },
            ];
      });
  return {
    search: (question, k) => hits(question, k).map((hit) => hit.source),
    hits,
  };
}
