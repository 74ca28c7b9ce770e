import { type EvalFigures, scoreRetrieval } from "../eval/metrics";
import { MAX_PER_DOCUMENT } from "../retrieve/search-chunks";
import { type LinearModel, linearScore } from "./linear-model";
import type { RankingQuestion } from "./ranking-dataset";

export interface BookDataset {
  name: string;
  questions: RankingQuestion[];
}

/**
 * Each book scored by a model trained on the others only: what the ranking
 * would do on a book nobody here has seen. Returns the figures per book.
 */
export function leaveOneBookOut(
  books: readonly BookDataset[],
  fit: (training: readonly BookDataset[]) => LinearModel,
): { name: string; figures: EvalFigures; model: LinearModel }[] {
  return books.map((book) => {
    const model = fit(books.filter((other) => other !== book));
    return { name: book.name, figures: scoreModel(model, book.questions), model };
  });
}

/** recall@5 and MRR@10 of the passages the model would return, by page. */
export function scoreModel(model: LinearModel | undefined, questions: readonly RankingQuestion[]): EvalFigures {
  const lists = questions.map((question) => passagesOf(model, question));
  return scoreRetrieval([...questions], lists, lists);
}

/** The pages of the passages search would return, in order: sections by score, at most MAX_PER_DOCUMENT from a page. */
function passagesOf(model: LinearModel | undefined, question: RankingQuestion): string[] {
  const scored = question.candidates.map((candidate, place) => ({
    source: candidate.source,
    score: model === undefined ? -place : linearScore(model, candidate.features),
    place,
  }));
  scored.sort((a, b) => b.score - a.score || a.place - b.place);
  const perPage = new Map<string, number>();
  const sources: string[] = [];
  for (const { source } of scored) {
    const used = perPage.get(source) ?? 0;
    if (used >= MAX_PER_DOCUMENT) continue;
    perPage.set(source, used + 1);
    sources.push(source);
    if (sources.length === 10) break;
  }
  return sources;
}
