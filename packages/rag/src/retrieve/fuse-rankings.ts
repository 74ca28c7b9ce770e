/** Reciprocal rank fusion's constant: damps the head of each list so neither ranking dominates (Cormack et al. use 60). */
const RRF_K = 60;

/**
 * Reciprocal rank fusion: each item scores the sum over the rankings it
 * appears in of 1 / (60 + rank). It needs no comparable scores (full-text rank
 * and cosine similarity are on different scales), only orders. Ties keep the
 * order of the first ranking.
 */
export function fuseRankings<T extends { id: string }>(rankings: T[][]): Array<T & { fused: number }> {
  const byId = new Map<string, { item: T; fused: number; first: number }>();
  let position = 0;
  for (const ranking of rankings) {
    for (const [rank, item] of ranking.entries()) {
      const entry = byId.get(item.id);
      const share = 1 / (RRF_K + rank + 1);
      if (entry === undefined) byId.set(item.id, { item, fused: share, first: position++ });
      else entry.fused += share;
    }
  }
  return [...byId.values()]
    .sort((a, b) => b.fused - a.fused || a.first - b.first)
    .map(({ item, fused }) => ({ ...item, fused }));
}
