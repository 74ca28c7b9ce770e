import type { PagewiseDatabase } from "@pagewise/db";
import { sql } from "kysely";

/**
 * How long the development outbox keeps a message. Its links carry live
 * tokens (a password reset works for an hour), so messages are not kept
 * until the account is deleted, only long enough to be read.
 */
export const OUTBOX_RETENTION_HOURS = 24;

/** Deletes outbox messages older than the retention; returns how many went. */
export async function pruneMailOutbox(db: PagewiseDatabase["db"], hours = OUTBOX_RETENTION_HOURS): Promise<number> {
  const result = await db
    .deleteFrom("mail_outbox")
    .where("created_at", "<", sql<Date>`now() - make_interval(hours => ${hours})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
