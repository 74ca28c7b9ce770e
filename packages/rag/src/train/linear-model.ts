/**
 * A linear scoring model over standardised features: score = Σ wᵢ·(xᵢ − meanᵢ)/scaleᵢ.
 * Small and readable on purpose: each weight says how much one feature counts,
 * and the whole model is a few dozen numbers, fitted in a second by
 * fit-linear-model.ts and judged by `npm run eval:models`.
 */
export interface LinearModel {
  /** The feature each weight belongs to, in the order the features are computed. */
  features: readonly string[];
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
}

export function linearScore(model: LinearModel, x: ArrayLike<number>): number {
  let score = 0;
  for (let i = 0; i < model.weights.length; i++) {
    const scale = model.scale[i] ?? 1;
    score += (model.weights[i] ?? 0) * (((x[i] ?? 0) - (model.mean[i] ?? 0)) / (scale === 0 ? 1 : scale));
  }
  return score;
}
