/** Rows written in one statement at most: a statement's parameters are limited (65,535 in Postgres). */
const MAX_BATCH = 500;

interface Pending<T, R> {
  item: T;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/**
 * Group commit for small writes that every request makes (a log row, a
 * counter): while one write is in flight, the writes that arrive wait and then
 * go together in one statement, so a busy server makes one round trip for many
 * requests and an idle one adds no delay. Each caller still waits for its own
 * row to be written, so nothing is acknowledged before it is stored.
 *
 * `write` gets the items in arrival order and returns one result per item, in
 * the same order. When a batch of several fails, each item is tried alone, so
 * one bad row cannot cost the others theirs.
 */
export function groupWrites<T, R>(write: (items: T[]) => Promise<R[]>): (item: T) => Promise<R> {
  let queue: Pending<T, R>[] = [];
  let writing = false;

  async function writeBatch(batch: Pending<T, R>[]): Promise<void> {
    try {
      const results = await write(batch.map((pending) => pending.item));
      if (results.length !== batch.length)
        throw new Error(`a grouped write returned ${results.length} results for ${batch.length} items`);
      for (const [at, result] of results.entries()) batch[at]?.resolve(result);
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      await Promise.all(batch.map((pending) => writeBatch([pending])));
    }
  }

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      await writeBatch(batch);
    }
    writing = false;
  }

  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      // Start once the event loop has taken in what else has arrived: the writes of requests
      // handled in the same turn share the first statement too. On PGlite, whose queries run on
      // this thread, nothing else would arrive while a write runs, so this is where it groups.
      if (!writing) {
        writing = true;
        setImmediate(() => void drain());
      }
    });
}
