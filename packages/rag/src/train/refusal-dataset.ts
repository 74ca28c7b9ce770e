import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import { judgeQuestions } from "../calibrate/refusal-calibration";
import type { OffTopicQuestion } from "../eval/question-sets";
import { queryTerms } from "../retrieve/build-query";
import { loadChunkIndex } from "../retrieve/chunk-index/load-chunk-index";
import { rankChunks } from "../retrieve/rank-chunks";
import { CANDIDATE_DEPTH, candidateSections } from "../retrieve/section-features";
import { weighTerms } from "../retrieve/weigh-terms";
import { refusalFeatures } from "./refusal-features";

/** A question as the refusal model sees it: 1 when the book answers it, 0 when it is off-topic (near or far). */
export interface RefusalExample {
  question: string;
  kind: "answerable" | OffTopicQuestion["kind"];
  features: Float64Array;
  label: 0 | 1;
  /** What the assistant decides today (the hand-written support rule, section-coverage.ts). */
  ruleAnswers: boolean;
}

export async function refusalDataset(
  db: Kysely<Database>,
  answerable: readonly string[],
  offTopic: readonly OffTopicQuestion[],
): Promise<RefusalExample[]> {
  const asked = [
    ...answerable.map((question) => ({ question, kind: "answerable" as const })),
    ...offTopic.map(({ question, kind }) => ({ question, kind })),
  ];
  const rule = await judgeQuestions(
    db,
    asked.map((entry) => entry.question),
  );
  const examples: RefusalExample[] = [];
  for (const [at, { question, kind }] of asked.entries()) {
    const index = await loadChunkIndex(db);
    const terms = await weighTerms(db, index, queryTerms(question));
    const candidates = candidateSections(index, terms, question, rankChunks(index, terms, CANDIDATE_DEPTH));
    examples.push({
      question,
      kind,
      features: refusalFeatures(index, question, terms, candidates),
      label: kind === "answerable" ? 1 : 0,
      ruleAnswers: rule[at]?.answered ?? false,
    });
  }
  return examples;
}
