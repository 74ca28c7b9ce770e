import { pruneQuestionLog } from "@pagewise/api";
import type { PagewiseDatabase } from "@pagewise/db";

const DAILY = 24 * 60 * 60 * 1000;

/**
 * Keeps the assistant's question log (and the votes on it) within
 * QUESTION_RETENTION_DAYS: prunes at start-up and then daily. Returns a
 * function that stops the schedule.
 */
export function scheduleQuestionLogPruning(
  db: PagewiseDatabase["db"],
  retentionDays: number,
  log: (line: string) => void,
): () => void {
  const prune = () =>
    pruneQuestionLog(db, retentionDays).then(
      (removed) => {
        if (removed > 0) log(`Deleted ${removed} question(s) older than ${retentionDays} days.`);
      },
      (error: unknown) =>
        log(`Could not prune the question log: ${error instanceof Error ? error.message : String(error)}`),
    );
  void prune();
  const timer = setInterval(prune, DAILY);
  timer.unref();
  return () => clearInterval(timer);
}
