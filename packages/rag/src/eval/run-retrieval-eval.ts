import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import type { RagRuntime } from "../config/rag-runtime";
import { searchChunks } from "../retrieve/search-chunks";
import { buildBaselineIndex } from "./bm25-baseline";
import { type EvalFigures, type EvalQuestion, scoreRetrieval } from "./metrics";

export interface RetrievalEvalResult {
  /** Pagewise's full-text search alone. */
  ours: EvalFigures;
  /** Pagewise with the semantic leg, when the runtime has embeddings. */
  semantic?: EvalFigures | undefined;
  baseline: EvalFigures;
}

/**
 * Both systems on the same questions over the same chunks (already ingested
 * into `db`). With `runtime.embeddings` (and chunks embedded), Pagewise is
 * also scored with its semantic leg, to show what the embeddings add.
 */
export async function runRetrievalEval(
  db: Kysely<Database>,
  questions: EvalQuestion[],
  runtime?: RagRuntime,
): Promise<RetrievalEvalResult> {
  const baseline = await buildBaselineIndex(db);
  return {
    ours: await scorePagewise(db, questions, undefined),
    semantic: runtime?.embeddings === undefined ? undefined : await scorePagewise(db, questions, runtime),
    baseline: scoreRetrieval(
      questions,
      questions.map(({ question }) => baseline.search(question, 5)),
      questions.map(({ question }) => baseline.search(question, 10)),
    ),
  };
}

async function scorePagewise(
  db: Kysely<Database>,
  questions: EvalQuestion[],
  runtime: RagRuntime | undefined,
): Promise<EvalFigures> {
  const top5: string[][] = [];
  const top10: string[][] = [];
  for (const { question } of questions) {
    top5.push((await searchChunks(db, question, { k: 5, runtime })).map((hit) => hit.source));
    top10.push((await searchChunks(db, question, { k: 10, runtime })).map((hit) => hit.source));
  }
  return scoreRetrieval(questions, top5, top10);
}

/** The figures and every miss, as lines for a terminal. */
export function formatRetrievalEval({ ours, semantic, baseline }: RetrievalEvalResult): string {
  const rows: { label: string; name: string; figures: EvalFigures }[] = [
    { label: "Pagewise (BM25F)", name: "ours", figures: ours },
  ];
  if (semantic !== undefined)
    rows.push({ label: "Pagewise + embeddings", name: "ours with embeddings", figures: semantic });
  rows.push({ label: "BM25 + stop-words", name: "baseline", figures: baseline });
  const lines = [
    `questions: ${ours.outcomes.length}`,
    `${"".padEnd(24)}recall@5  MRR@10`,
    ...rows.map(
      ({ label, figures }) =>
        `${label.padEnd(24)}${figures.recallAt5.toFixed(3).padEnd(10)}${figures.mrrAt10.toFixed(3)}`,
    ),
  ];
  for (const { name, figures } of rows) {
    const misses = figures.outcomes.filter((outcome) => !outcome.hitAt5);
    lines.push("", `misses at 5 (${name}): ${misses.length}`);
    for (const miss of misses) {
      lines.push(`  - ${miss.question}`);
      lines.push(`      expected: ${miss.relevant.join(", ")}`);
      lines.push(`      got:      ${[...new Set(miss.retrieved.slice(0, 5))].join(", ") || "(nothing)"}`);
    }
  }
  return lines.join("\n");
}
