import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import type { EvalQuestion } from "../eval/metrics";
import { queryTerms } from "../retrieve/build-query";
import { loadChunkIndex } from "../retrieve/chunk-index/load-chunk-index";
import { rankChunks } from "../retrieve/rank-chunks";
import { CANDIDATE_DEPTH, candidateSections } from "../retrieve/section-features";
import { weighTerms } from "../retrieve/weigh-terms";

/** A candidate section as the trainer sees it: its page, its features, and whether its page answers the question. */
export interface LabelledCandidate {
  source: string;
  key: string;
  features: Float64Array;
  label: 0 | 1;
}

export interface RankingQuestion extends EvalQuestion {
  candidates: LabelledCandidate[];
}

/**
 * Each question's candidate sections with their features, labelled by page,
 * exactly as search would see them: the training data of the ranking model,
 * and what its leave-one-book-out evaluation scores.
 */
export async function rankingDataset(
  db: Kysely<Database>,
  questions: readonly EvalQuestion[],
): Promise<RankingQuestion[]> {
  const dataset: RankingQuestion[] = [];
  for (const entry of questions) {
    const index = await loadChunkIndex(db);
    const terms = await weighTerms(db, index, queryTerms(entry.question));
    const ranked = rankChunks(index, terms, CANDIDATE_DEPTH);
    const relevant = new Set(entry.relevant);
    const candidates = candidateSections(index, terms, entry.question, ranked).map((candidate) => {
      const source = index.chunks[candidate.hits[0]?.chunk ?? -1]?.source ?? "";
      return {
        source,
        key: candidate.key,
        features: candidate.features,
        label: relevant.has(source) ? (1 as const) : (0 as const),
      };
    });
    dataset.push({ ...entry, candidates });
  }
  return dataset;
}
