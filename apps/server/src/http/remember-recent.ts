/**
 * `compute`, remembered for the most recent keys: a server hears from the same
 * clients again and again, and the keyed hashes it makes of their addresses
 * (for rate limits and visitor keys) cost more than the rest of a cheap
 * request's middleware. Past `max` keys the memory starts over, so a flood of
 * new addresses costs a fresh map, never unbounded growth; `forget()` empties
 * it early (a new day's salt makes every visitor key new).
 */
export function rememberRecent(
  compute: (key: string) => string,
  max = 10_000,
): { (key: string): string; forget(): void } {
  let remembered = new Map<string, string>();
  const recall = (key: string): string => {
    let value = remembered.get(key);
    if (value === undefined) {
      value = compute(key);
      if (remembered.size >= max) remembered = new Map();
      remembered.set(key, value);
    }
    return value;
  };
  return Object.assign(recall, {
    forget() {
      remembered = new Map();
    },
  });
}
