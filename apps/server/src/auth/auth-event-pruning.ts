import { OUTBOX_RETENTION_HOURS, pruneAuthEvents, pruneMailOutbox } from "@pagewise/auth";
import type { PagewiseDatabase } from "@pagewise/db";

const EVERY_SIX_HOURS = 6 * 60 * 60 * 1000;

/**
 * Keeps the auth log within AUTH_EVENT_RETENTION_DAYS, and the development mail
 * outbox (whose links carry tokens) within OUTBOX_RETENTION_HOURS: prunes at
 * start-up and every six hours. Returns a function that stops the schedule.
 */
export function scheduleAuthEventPruning(
  db: PagewiseDatabase["db"],
  retentionDays: number,
  log: (line: string) => void,
): () => void {
  const pruneOutbox = () =>
    pruneMailOutbox(db).then(
      (removed) => {
        if (removed > 0) log(`Deleted ${removed} outbox message(s) older than ${OUTBOX_RETENTION_HOURS} hours.`);
      },
      (error: unknown) => log(`Could not prune the mail outbox: ${error instanceof Error ? error.message : error}`),
    );
  const prune = () =>
    pruneOutbox()
      .then(() => pruneAuthEvents(db, retentionDays))
      .then(
        (removed) => {
          if (removed > 0) log(`Pruned ${removed} auth event(s) older than ${retentionDays} days.`);
        },
        (error: unknown) => log(`Could not prune the auth log: ${error instanceof Error ? error.message : error}`),
      );
  void prune();
  const timer = setInterval(prune, EVERY_SIX_HOURS);
  timer.unref();
  return () => clearInterval(timer);
}
