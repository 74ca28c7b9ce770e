import { MIN_SUPPORT } from "../answer/section-coverage";
import type { Judged } from "./refusal-calibration";

/** The shares of answerable questions a threshold is chosen to keep answering. */
const ANSWERED_TARGETS = [1, 0.97, 0.95, 0.9];
/** The share of answerable questions the suggested threshold answers: few readers should be told "not covered" wrongly. */
const SUGGESTED_TARGET = 0.97;

export interface ThresholdRow {
  /** EMBEDDINGS_MIN_SIMILARITY, or undefined for the words alone. */
  threshold: number | undefined;
  answered: number;
  farRefused: number;
  nearRefused: number;
}

/**
 * Candidate values for EMBEDDINGS_MIN_SIMILARITY from questions judged by
 * their words alone (`support`) with the best section's similarity beside it:
 * for each share of answerable questions in ANSWERED_TARGETS, the highest
 * threshold that still answers that share, and what it refuses. A question is
 * answered at threshold t when its words support it or a section is at least
 * t similar. The first row is the words alone.
 */
export function similarityThresholds(
  answerable: readonly Judged[],
  far: readonly Judged[],
  near: readonly Judged[],
): ThresholdRow[] {
  const rowAt = (threshold: number | undefined): ThresholdRow => ({
    threshold,
    answered: share(answerable, (entry) => answeredAt(entry, threshold)),
    farRefused: share(far, (entry) => !answeredAt(entry, threshold)),
    nearRefused: share(near, (entry) => !answeredAt(entry, threshold)),
  });
  const candidates: ThresholdRow[] = [];
  // Only the questions the words refuse need the model; each threshold worth trying is one of their similarities.
  const needed = answerable
    .filter((entry) => entry.support < MIN_SUPPORT)
    .map((entry) => entry.similarity ?? Number.NEGATIVE_INFINITY)
    .sort((a, b) => b - a);
  const answeredByWords = answerable.length - needed.length;
  for (const target of ANSWERED_TARGETS) {
    const missing = Math.ceil(target * answerable.length - 1e-9) - answeredByWords;
    if (missing <= 0 || missing > needed.length) continue;
    const similarity = needed[missing - 1] ?? Number.NEGATIVE_INFINITY;
    if (!Number.isFinite(similarity) || similarity <= 0) continue;
    // Rounded down, so the value printed still answers every question it was chosen for.
    const threshold = Math.floor(similarity * 1000) / 1000;
    if (!candidates.some((row) => row.threshold === threshold)) candidates.push(rowAt(threshold));
  }
  // The words alone first, then from the strictest threshold to the most lenient.
  return [rowAt(undefined), ...candidates.sort((a, b) => (b.threshold ?? 0) - (a.threshold ?? 0))];
}

/**
 * Whether a question judged by its words is answered at a similarity
 * threshold: the best section's support is the higher of its words' support
 * and the threshold's (meaningSupport), so either suffices.
 */
export function answeredAt(entry: Judged, threshold: number | undefined): boolean {
  if (entry.support >= MIN_SUPPORT) return true;
  return threshold !== undefined && entry.similarity !== undefined && entry.similarity >= threshold;
}

function share(entries: readonly Judged[], counts: (entry: Judged) => boolean): number {
  return entries.length === 0 ? 0 : entries.filter(counts).length / entries.length;
}

/**
 * The rows as a table for a terminal, with the suggestion: the highest
 * threshold that answers SUGGESTED_TARGET of the answerable questions.
 */
export function formatThresholds(rows: readonly ThresholdRow[]): string {
  const percent = (value: number) => `${Math.round(value * 100)} %`;
  const lines = [
    `${"EMBEDDINGS_MIN_SIMILARITY".padEnd(28)}${"answered".padEnd(12)}${"far refused".padEnd(14)}near refused`,
    ...rows.map(
      (row) =>
        `${(row.threshold === undefined ? "unset (words alone)" : String(row.threshold)).padEnd(28)}${percent(row.answered).padEnd(12)}${percent(row.farRefused).padEnd(14)}${percent(row.nearRefused)}`,
    ),
  ];
  const alone = rows[0];
  // The rows run from the strictest threshold down: the first that answers enough is the highest.
  const suggested = rows.find((row) => row.threshold !== undefined && row.answered >= SUGGESTED_TARGET);
  if (alone !== undefined && alone.answered >= SUGGESTED_TARGET) {
    lines.push(
      `The words alone answer ${percent(alone.answered)}: leave it unset, or trade refusals for answers above.`,
    );
  } else if (suggested?.threshold === undefined) {
    lines.push(
      `No threshold answers ${percent(SUGGESTED_TARGET)}: the model is not close to enough of the questions the words miss.`,
    );
  } else {
    lines.push(
      `Suggested: EMBEDDINGS_MIN_SIMILARITY=${suggested.threshold}, the highest that answers ${percent(SUGGESTED_TARGET)}; judge it by the off-topic questions it still refuses.`,
    );
  }
  return lines.join("\n");
}
