import type { LinearModel } from "./linear-model";

/** One labelled example: its features, and 1 for relevant (or "should answer"), 0 for not. */
export interface Example {
  features: ArrayLike<number>;
  label: 0 | 1;
}

export interface FitOptions {
  /** L2 penalty on the weights: keeps them small where the data says little. */
  l2?: number;
  iterations?: number;
  learningRate?: number;
}

/**
 * A ranking model fitted listwise (ListNet with a linear scorer): each
 * question's candidates are a softmax over their scores, and the loss is
 * −log of the probability the relevant ones get. Every question counts the
 * same however many candidates it has, and what is rewarded is a relevant
 * candidate on top, which is what the reader sees first.
 */
export function fitListwise(
  groups: readonly (readonly Example[])[],
  names: readonly string[],
  options: FitOptions = {},
): LinearModel {
  const { mean, scale } = standardisation(groups.flat(), names.length);
  const lists = groups
    .map((group) => group.map((example) => ({ label: example.label, x: standardise(example.features, mean, scale) })))
    .filter((list) => list.some((entry) => entry.label === 1) && list.some((entry) => entry.label === 0));
  const size = names.length;
  const weights = adam(size, options, (w, gradient) => {
    for (const list of lists) {
      const scores = list.map((entry) => dot(w, entry.x));
      const top = Math.max(...scores);
      const all = scores.map((score) => Math.exp(score - top));
      const positive = list.map((entry, i) => (entry.label === 1 ? (all[i] ?? 0) : 0));
      const allSum = all.reduce((a, b) => a + b, 0);
      const positiveSum = positive.reduce((a, b) => a + b, 0);
      list.forEach((entry, i) => {
        const pull = (all[i] ?? 0) / allSum - (positive[i] ?? 0) / positiveSum;
        for (let f = 0; f < size; f++) gradient[f] = (gradient[f] ?? 0) + (pull * (entry.x[f] ?? 0)) / lists.length;
      });
    }
  });
  return { features: [...names], mean, scale, weights: [...weights] };
}

/**
 * A classifier fitted by logistic regression (for the refusal model): the
 * first weight is the bias, on a constant feature.
 */
export function fitLogistic(
  examples: readonly Example[],
  names: readonly string[],
  options: FitOptions = {},
): LinearModel {
  const { mean, scale } = standardisation(examples, names.length);
  const rows = examples.map((example) => {
    const x = standardise(example.features, mean, scale);
    // Each row carries its label's sign, so the loss is the same log(1 + e^-m) as for pairs.
    const signed = new Float64Array(x.length + 1);
    const sign = example.label === 1 ? 1 : -1;
    signed[0] = sign;
    x.forEach((value, i) => {
      signed[i + 1] = sign * value;
    });
    return signed;
  });
  const weights = descend(rows, names.length + 1, options);
  return { features: ["bias", ...names], mean: [0, ...mean], scale: [1, ...scale], weights: [...weights] };
}

/** Minimises the mean of log(1 + e^(−w·row)) over the rows, plus the L2 penalty. */
function descend(rows: readonly Float64Array[], size: number, options: FitOptions): Float64Array {
  const count = Math.max(1, rows.length);
  return adam(size, options, (weights, gradient) => {
    for (const row of rows) {
      // d/dw log(1 + e^-m) = -row · σ(-m)
      const pull = 1 / (1 + Math.exp(dot(weights, row)));
      for (let i = 0; i < size; i++) gradient[i] = (gradient[i] ?? 0) - (pull * (row[i] ?? 0)) / count;
    }
  });
}

/**
 * Full-batch gradient descent with Adam: `addGradient` adds the loss's
 * gradient at the weights; the L2 penalty is added here.
 */
function adam(
  size: number,
  options: FitOptions,
  addGradient: (weights: Float64Array, gradient: Float64Array) => void,
): Float64Array {
  const l2 = options.l2 ?? 0.01;
  const iterations = options.iterations ?? 400;
  const rate = options.learningRate ?? 0.05;
  const weights = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const gradient = new Float64Array(size);
  for (let step = 1; step <= iterations; step++) {
    gradient.fill(0);
    addGradient(weights, gradient);
    for (let i = 0; i < size; i++) {
      const g = (gradient[i] ?? 0) + 2 * l2 * (weights[i] ?? 0);
      m[i] = 0.9 * (m[i] ?? 0) + 0.1 * g;
      v[i] = 0.999 * (v[i] ?? 0) + 0.001 * g * g;
      const mHat = (m[i] ?? 0) / (1 - 0.9 ** step);
      const vHat = (v[i] ?? 0) / (1 - 0.999 ** step);
      weights[i] = (weights[i] ?? 0) - (rate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return weights;
}

function standardisation(examples: readonly Example[], size: number): { mean: number[]; scale: number[] } {
  const mean = new Array<number>(size).fill(0);
  const scale = new Array<number>(size).fill(0);
  const count = Math.max(1, examples.length);
  for (const { features } of examples)
    for (let i = 0; i < size; i++) mean[i] = (mean[i] ?? 0) + (features[i] ?? 0) / count;
  for (const { features } of examples)
    for (let i = 0; i < size; i++) scale[i] = (scale[i] ?? 0) + ((features[i] ?? 0) - (mean[i] ?? 0)) ** 2 / count;
  return { mean, scale: scale.map((variance) => (variance > 0 ? Math.sqrt(variance) : 1)) };
}

function standardise(features: ArrayLike<number>, mean: readonly number[], scale: readonly number[]): Float64Array {
  const x = new Float64Array(mean.length);
  for (let i = 0; i < mean.length; i++) x[i] = ((features[i] ?? 0) - (mean[i] ?? 0)) / (scale[i] ?? 1);
  return x;
}

function dot(weights: ArrayLike<number>, x: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (weights[i] ?? 0) * (x[i] ?? 0);
  return sum;
}
