export interface EvalQuestion {
  question: string;
  /** Pages that answer it, relative to the corpus root. */
  relevant: string[];
}

export interface QuestionOutcome {
  question: string;
  relevant: string[];
  /** The pages of the returned passages, in rank order (repeats kept). */
  retrieved: string[];
  /** 1-based rank of the first passage from a relevant page within the top 10, or undefined. */
  firstRelevantRank: number | undefined;
  hitAt5: boolean;
}

export interface EvalFigures {
  recallAt5: number;
  mrrAt10: number;
  outcomes: QuestionOutcome[];
}

/**
 * Scores a ranked list of passages per question by page: a question counts as
 * recalled at 5 when a passage from one of its pages is among the first five,
 * and its reciprocal rank is that of the first such passage within ten.
 */
export function scoreRetrieval(
  questions: EvalQuestion[],
  top5: ReadonlyArray<readonly string[]>,
  top10: ReadonlyArray<readonly string[]>,
): EvalFigures {
  const outcomes = questions.map((question, index): QuestionOutcome => {
    const relevant = new Set(question.relevant);
    const five = top5[index] ?? [];
    const ten = top10[index] ?? [];
    const position = ten.slice(0, 10).findIndex((source) => relevant.has(source));
    return {
      question: question.question,
      relevant: question.relevant,
      retrieved: [...ten],
      firstRelevantRank: position === -1 ? undefined : position + 1,
      hitAt5: five.slice(0, 5).some((source) => relevant.has(source)),
    };
  });
  const count = Math.max(1, outcomes.length);
  return {
    recallAt5: outcomes.filter((outcome) => outcome.hitAt5).length / count,
    mrrAt10:
      outcomes.reduce(
        (sum, outcome) => sum + (outcome.firstRelevantRank === undefined ? 0 : 1 / outcome.firstRelevantRank),
        0,
      ) / count,
    outcomes,
  };
}
