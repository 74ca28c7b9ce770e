import type { PagewiseDatabase } from "@pagewise/db";
import { sql } from "kysely";
import type { AuthEventKind } from "./auth-event-kind";
import { coarseUserAgent, hashIp } from "./privacy";

export interface AuthEventInput {
  kind: AuthEventKind;
  /** The account the event is about (for admin actions: the account acted on). */
  userId?: string | undefined;
  /** For admin actions: the administrator who acted. */
  actorId?: string | undefined;
  ip?: string | null | undefined;
  userAgent?: string | null | undefined;
}

export type RecordAuthEvent = (event: AuthEventInput) => Promise<void>;

/**
 * Writes one privacy-preserving auth log row: kind, time, user id (only if that
 * user exists), for admin actions the acting administrator's id, IP as a keyed hash, coarse user agent. Never an email, a
 * password or a token. A failure to log never fails the request it describes.
 */
export function createAuthEventRecorder(
  db: PagewiseDatabase["db"],
  secret: string,
  onError: (error: unknown) => void,
): RecordAuthEvent {
  return async ({ kind, userId, actorId, ip, userAgent }) => {
    try {
      await db
        .insertInto("auth_event")
        .values({
          kind,
          // A sign-up refused without revealing that the email exists carries a made-up user id.
          user_id: userId === undefined ? null : db.selectFrom("user").select("id").where("id", "=", userId),
          actor_id: actorId === undefined ? null : db.selectFrom("user").select("id").where("id", "=", actorId),
          ip_hash: hashIp(ip, secret),
          user_agent: coarseUserAgent(userAgent),
        })
        .execute();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      onError(new Error(`Could not write the auth log: ${reason}`, { cause: error }));
    }
  };
}

/** Deletes auth events older than the retention period; returns how many went. */
export async function pruneAuthEvents(db: PagewiseDatabase["db"], retentionDays: number): Promise<number> {
  const result = await db
    .deleteFrom("auth_event")
    .where("created_at", "<", sql<Date>`now() - make_interval(days => ${retentionDays})`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
