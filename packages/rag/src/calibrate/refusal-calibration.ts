import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import { answerSections } from "../answer/answer-sections";
import { judgeSections } from "../answer/section-answer";
import { MIN_SUPPORT } from "../answer/section-coverage";
import { queryTerms } from "../retrieve/build-query";
import { loadChunkIndex } from "../retrieve/chunk-index/load-chunk-index";
import { searchTerms } from "../retrieve/search-chunks";
import { weighTerms } from "../retrieve/weigh-terms";

export interface Judged {
  question: string;
  answered: boolean;
  /** The best section's support, to see how far from the threshold a question is. */
  support: number;
}

export interface BookCalibration {
  book: string;
  answerable: Judged[];
  /** Off-topic questions far from the book's subject, and near it. */
  far: Judged[];
  near: Judged[];
}

/** Whether each question would be answered or refused, exactly as `rag.query` decides it without an LLM (k = 5). */
export async function judgeQuestions(db: Kysely<Database>, questions: readonly string[]): Promise<Judged[]> {
  const judged: Judged[] = [];
  for (const question of questions) {
    const index = await loadChunkIndex(db);
    const terms = await weighTerms(db, index, queryTerms(question));
    const sections = answerSections(index, await searchTerms(db, index, terms, { k: 5 }));
    const { answered, bestSupport } = judgeSections(question, terms, sections);
    judged.push({ question, answered, support: bestSupport });
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
