/** The phases of an ingest a benchmark reports separately. */
export type IngestPhase = "read" | "parse" | "links" | "hash" | "render" | "sections" | "write";

/** Adds up the time spent in each phase; ingest runs untimed unless a benchmark passes one. */
export interface PhaseTimer {
  time<T>(phase: IngestPhase, work: () => T): T;
  timeAsync<T>(phase: IngestPhase, work: () => Promise<T>): Promise<T>;
  totals(): ReadonlyMap<IngestPhase, number>;
}

export function createPhaseTimer(): PhaseTimer {
  const totals = new Map<IngestPhase, number>();
  const add = (phase: IngestPhase, started: number) =>
    totals.set(phase, (totals.get(phase) ?? 0) + performance.now() - started);
  return {
    time(phase, work) {
      const started = performance.now();
      try {
        return work();
      } finally {
        add(phase, started);
      }
    },
    async timeAsync(phase, work) {
      const started = performance.now();
      try {
        return await work();
      } finally {
        add(phase, started);
      }
    },
    totals: () => totals,
  };
}

/** What ingest uses when nobody measures: runs the work, keeps nothing. */
export const untimed: PhaseTimer = {
  time: (_phase, work) => work(),
  timeAsync: (_phase, work) => work(),
  totals: () => new Map(),
};
