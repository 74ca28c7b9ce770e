import { fitLogistic } from "./fit-linear-model";
import { type LinearModel, linearScore } from "./linear-model";
import type { RefusalExample } from "./refusal-dataset";
import { REFUSAL_FEATURES } from "./refusal-features";

export interface RefusalModel extends LinearModel {
  /** The lowest score that answers. */
  threshold: number;
}

/** Of the training books' answerable questions, the share the threshold must still answer. */
export const ANSWERED_TARGET = 0.98;

/**
 * The refusal model: logistic regression on answerable (1) against
 * off-topic (0) questions, with its threshold set as low as answering
 * ANSWERED_TARGET of the training answerable questions needs: refusing a
 * question the book answers costs a reader more than a weak answer to one
 * it does not.
 */
export function fitRefusal(training: readonly RefusalExample[]): RefusalModel {
  const model = fitLogistic(training, REFUSAL_FEATURES, { l2: 0.01 });
  const scores = training
    .filter((example) => example.label === 1)
    .map((example) => linearScore(model, [1, ...example.features]))
    .sort((a, b) => a - b);
  return { ...model, threshold: scores[Math.floor(scores.length * (1 - ANSWERED_TARGET))] ?? 0 };
}

export function answers(model: RefusalModel, example: RefusalExample): boolean {
  return linearScore(model, [1, ...example.features]) >= model.threshold;
}

export interface RefusalFigures {
  answered: number;
  farRefused: number;
  nearRefused: number;
  /** The questions on the wrong side. */
  wrong: RefusalExample[];
}

/** The figures of a decision (the model's, or the rule's) over a book's questions. */
export function refusalFigures(
  decide: (example: RefusalExample) => boolean,
  examples: readonly RefusalExample[],
): RefusalFigures {
  const rate = (kind: RefusalExample["kind"], answered: boolean) => {
    const of = examples.filter((example) => example.kind === kind);
    return of.filter((example) => decide(example) === answered).length / Math.max(1, of.length);
  };
  return {
    answered: rate("answerable", true),
    farRefused: rate("far", false),
    nearRefused: rate("near", false),
    wrong: examples.filter((example) => decide(example) !== (example.label === 1)),
  };
}
