/**
 * Waits, when needed, so that the next `spanMs` of requests fall within one
 * clock minute. Rate limits count in fixed minute windows, the previous one
 * weighted by how much of it still overlaps (rate-limit-store.ts): a test that
 * counts "the 61st request is refused" would see that count shift if its
 * requests crossed a minute's end. Started safely inside a minute, it cannot.
 */
export async function withinOneMinute(spanMs = 10_000): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute + spanMs < 60_000) return;
  await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 50));
}
