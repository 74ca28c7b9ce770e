import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import { answerSections, bestSimilarity } from "../answer/answer-sections";
import { judgeSections } from "../answer/section-answer";
import { MIN_SUPPORT } from "../answer/section-coverage";
import type { RagRuntime } from "../config/rag-runtime";
import { queryTerms } from "../retrieve/build-query";
import { loadChunkIndex } from "../retrieve/chunk-index/load-chunk-index";
import { searchTerms } from "../retrieve/search-chunks";
import { semanticQuery } from "../retrieve/semantic-search";
import { weighTerms } from "../retrieve/weigh-terms";

export interface Judged {
  question: string;
  answered: boolean;
  /** The best section's support, to see how far from the threshold a question is. */
  support: number;
  /** The best similarity of a section to the question, when the runtime has embeddings. */
  similarity: number | undefined;
}

export interface BookCalibration {
  book: string;
  answerable: Judged[];
  /** Off-topic questions far from the book's subject, and near it. */
  far: Judged[];
  near: Judged[];
}

/**
 * Whether each question would be answered or refused, exactly as `rag.query`
 * decides it (k = 5); with `runtime.embeddings`, from the fused retrieval and
 * with its similarity threshold, as the server does with that runtime.
 */
export async function judgeQuestions(
  db: Kysely<Database>,
  questions: readonly string[],
  runtime?: RagRuntime,
): Promise<Judged[]> {
  const judged: Judged[] = [];
  const embeddings = runtime?.embeddings;
  for (const question of questions) {
    const index = await loadChunkIndex(db);
    const terms = await weighTerms(db, index, queryTerms(question));
    const semantic =
      embeddings === undefined ? undefined : await semanticQuery(db, embeddings, question, runtime?.logger);
    const sections = answerSections(index, await searchTerms(db, index, terms, { k: 5, semantic }));
    const { answered, bestSupport } = judgeSections(question, terms, sections, embeddings?.minSimilarity);
    judged.push({ question, answered, support: bestSupport, similarity: bestSimilarity(sections) });
  }
  return judged;
}

/** Refusal rates per book and set, then every question on the wrong side of the threshold, as terminal lines. */
export function formatCalibration(books: readonly BookCalibration[]): string {
  const lines = [
    `threshold: support >= ${MIN_SUPPORT}`,
    `${"book".padEnd(18)}${"answered".padEnd(16)}${"far refused".padEnd(16)}near refused`,
  ];
  const rate = (judged: readonly Judged[], answered: boolean) =>
    `${judged.filter((entry) => entry.answered === answered).length}/${judged.length} (${percent(judged.length === 0 ? 0 : judged.filter((entry) => entry.answered === answered).length / judged.length)})`;
  for (const { book, answerable, far, near } of books) {
    lines.push(
      `${book.padEnd(18)}${rate(answerable, true).padEnd(16)}${rate(far, false).padEnd(16)}${rate(near, false)}`,
    );
  }
  for (const { book, answerable, far, near } of books) {
    const wronglyRefused = answerable.filter((entry) => !entry.answered);
    const wronglyAccepted = [...far, ...near].filter((entry) => entry.answered);
    lines.push("", `${book}: answerable but refused (${wronglyRefused.length})`);
    for (const entry of wronglyRefused) lines.push(`  - ${entry.support.toFixed(3)}  ${entry.question}`);
    lines.push(`${book}: off-topic but answered (${wronglyAccepted.length})`);
    for (const entry of wronglyAccepted) lines.push(`  - ${entry.support.toFixed(3)}  ${entry.question}`);
  }
  return lines.join("\n");
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}
