import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import { searchChunks } from "../retrieve/search-chunks";
import { buildBaselineIndex } from "./bm25-baseline";
import { type EvalFigures, type EvalQuestion, scoreRetrieval } from "./metrics";

export interface RetrievalEvalResult {
  ours: EvalFigures;
  baseline: EvalFigures;
}

/** Both systems on the same questions over the same chunks (already ingested into `db`). */
export async function runRetrievalEval(db: Kysely<Database>, questions: EvalQuestion[]): Promise<RetrievalEvalResult> {
  const ours5: string[][] = [];
  const ours10: string[][] = [];
  for (const { question } of questions) {
    ours5.push((await searchChunks(db, question, { k: 5 })).map((hit) => hit.source));
    ours10.push((await searchChunks(db, question, { k: 10 })).map((hit) => hit.source));
  }
  const baseline = await buildBaselineIndex(db);
  return {
    ours: scoreRetrieval(questions, ours5, ours10),
    baseline: scoreRetrieval(
      questions,
      questions.map(({ question }) => baseline.search(question, 5)),
      questions.map(({ question }) => baseline.search(question, 10)),
    ),
  };
}

/** The figures and every miss, as lines for a terminal. */
export function formatRetrievalEval({ ours, baseline }: RetrievalEvalResult): string {
  const lines = [
    `questions: ${ours.outcomes.length}`,
    `${"".padEnd(24)}recall@5  MRR@10`,
    `${"Pagewise (BM25F)".padEnd(24)}${ours.recallAt5.toFixed(3).padEnd(10)}${ours.mrrAt10.toFixed(3)}`,
    `${"BM25 + stop-words".padEnd(24)}${baseline.recallAt5.toFixed(3).padEnd(10)}${baseline.mrrAt10.toFixed(3)}`,
  ];
  for (const [name, figures] of [
    ["ours", ours],
    ["baseline", baseline],
  ] as const) {
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
