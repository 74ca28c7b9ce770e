import type { PagewiseDatabase } from "@pagewise/db";
import { sql } from "kysely";

/**
 * Deletes the questions asked more than `retentionDays` days ago
 * (QUESTION_RETENTION_DAYS); their feedback goes with them (ON DELETE CASCADE).
 * Returns how many questions were deleted.
 */
export async function pruneQuestionLog(db: PagewiseDatabase["db"], retentionDays: number): Promise<number> {
  const result = await db
    .deleteFrom("question_log")
    .where("asked_at", "<", sql<Date>`now() - make_interval(days => ${retentionDays})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
