export interface DayCount {
  day: string;
  count: number;
}

/**
 * The last `days` days ending today (UTC, as the server groups them), with 0 for days the server
 * left out: it only returns days that had events, and a chart with gaps would misplace every bar.
 */
export function fillDailySeries(counts: readonly DayCount[], days: number, today = new Date()): DayCount[] {
  const byDay = new Map(counts.map(({ day, count }) => [day, count]));
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const series: DayCount[] = [];
  for (let offset = days - 1; offset >= 0; offset--) {
    const day = new Date(end - offset * 86_400_000).toISOString().slice(0, 10);
    series.push({ day, count: byDay.get(day) ?? 0 });
  }
  return series;
}
