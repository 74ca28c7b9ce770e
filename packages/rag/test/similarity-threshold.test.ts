import { describe, expect, it } from "vitest";
import { MIN_SUPPORT } from "../src/answer/section-coverage";
import type { Judged } from "../src/calibrate/refusal-calibration";
import { formatThresholds, similarityThresholds } from "../src/calibrate/similarity-threshold";

/** A question judged by its words (`support`) with its best section's similarity beside it. */
const judged = (support: number, similarity: number | undefined): Judged => ({
  question: `q ${support} ${similarity}`,
  answered: support >= MIN_SUPPORT,
  support,
  similarity,
});

describe("EMBEDDINGS_MIN_SIMILARITY suggested from judged questions", () => {
  // 40 answered by their words, 10 not, whose best sections are 0.80, 0.79, …, 0.71 similar.
  const answerable = [
    ...Array.from({ length: 40 }, () => judged(0.3, 0.5)),
    ...Array.from({ length: 10 }, (_, i) => judged(0.05, 0.8 - i / 100)),
  ];
  const far = [judged(0.02, 0.6), judged(0.01, 0.755)];
  const near = [judged(0.2, 0.9), judged(0.05, 0.72)];

  it("gives the highest threshold for each share answered, strictest first, after the words alone", () => {
    const rows = similarityThresholds(answerable, far, near);
    // 90 %, 95 %, 97 % (49 of 50) and 100 % answered: the 45th, 48th, 49th and 50th question's similarity.
    expect(rows.map((row) => row.threshold)).toEqual([undefined, 0.76, 0.73, 0.72, 0.71]);
    expect(rows[0]).toEqual({ threshold: undefined, answered: 0.8, farRefused: 1, nearRefused: 0.5 });
    expect(rows[2]).toEqual({ threshold: 0.73, answered: 0.96, farRefused: 0.5, nearRefused: 0.5 });
    expect(rows[3]).toEqual({ threshold: 0.72, answered: 0.98, farRefused: 0.5, nearRefused: 0 });
    expect(rows[4]).toMatchObject({ threshold: 0.71, answered: 1 });
    expect(formatThresholds(rows)).toContain(
      "Suggested: EMBEDDINGS_MIN_SIMILARITY=0.72, the highest that answers 97 %",
    );
  });

  it("rounds a threshold down, so it still answers the question it was taken from", () => {
    const rows = similarityThresholds([judged(0.05, 0.61239)], [], []);
    expect(rows[1]).toMatchObject({ threshold: 0.612, answered: 1 });
  });

  it("suggests nothing when the words alone answer enough, or the model is no nearer to what they miss", () => {
    const byWords = similarityThresholds([judged(0.3, 0.5), judged(0.4, undefined)], far, near);
    expect(byWords).toHaveLength(1);
    expect(formatThresholds(byWords)).toContain("The words alone answer 100 %: leave it unset");
    const unseen = similarityThresholds([judged(0.3, 0.5), judged(0.05, undefined)], far, near);
    expect(formatThresholds(unseen)).toContain("No threshold answers 97 %");
  });
});
