/**
 * Work Better Auth hands off so a response never waits for it: the reset and
 * verification emails. Awaited, an email to a known address would make the
 * answer measurably slower than for an unknown one, which tells an attacker
 * who has an account. Tracked, so a graceful shutdown can finish sending
 * before the process exits (`drain`).
 */
export interface BackgroundTasks {
  /** Better Auth's `advanced.backgroundTasks.handler`. */
  handler(promise: Promise<unknown>): void;
  /** Resolves once every task started so far has settled. */
  drain(): Promise<void>;
}

export function createBackgroundTasks(): BackgroundTasks {
  const pending = new Set<Promise<unknown>>();
  return {
    handler(promise) {
      // Failures are reported where the task is defined (see deliverMail); here they only end it.
      const tracked = promise.catch(() => {}).finally(() => pending.delete(tracked));
      pending.add(tracked);
    },
    async drain() {
      await Promise.allSettled([...pending]);
    },
  };
}
