export interface Latency {
  p50: number;
  p99: number;
  runs: number;
}

/** Runs `task` for each input (after a few warm-up runs) and returns the median and 99th percentile in ms. */
export async function measure<T>(inputs: T[], task: (input: T) => Promise<unknown>, warmUp = 10): Promise<Latency> {
  for (const input of inputs.slice(0, warmUp)) await task(input);
  const times: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    await task(input);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), runs: times.length };
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}
