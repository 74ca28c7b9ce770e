import type { PagewiseDatabase } from "@pagewise/db";

export interface AdminActionsInput {
  limit: number;
  offset: number;
}

/**
 * The administrators' own audit trail, newest first: what was done (role
 * change, ban, unban, sessions ended), by whom, to whom, when. Read from the
 * auth log (rows with an actor); an account deleted since shows as null.
 */
export async function adminActions(db: PagewiseDatabase["db"], { limit, offset }: AdminActionsInput) {
  const base = db.selectFrom("auth_event").where("auth_event.actor_id", "is not", null);
  const [rows, total] = await Promise.all([
    base
      .leftJoin("user as actor", "actor.id", "auth_event.actor_id")
      .leftJoin("user as target", "target.id", "auth_event.user_id")
      .select([
        "auth_event.id",
        "auth_event.kind",
        "auth_event.created_at",
        "actor.email as actorEmail",
        "target.email as targetEmail",
      ])
      .orderBy("auth_event.created_at", "desc")
      .orderBy("auth_event.id")
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow(),
  ]);
  return {
    actions: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      at: row.created_at,
      by: row.actorEmail,
      on: row.targetEmail,
    })),
    total: Number(total.count),
    limit,
    offset,
  };
}
