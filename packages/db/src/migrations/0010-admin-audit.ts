import type { Kysely } from "kysely";

/**
 * Admin actions in the auth log: `actor_id` is the administrator who acted,
 * `user_id` (as for every event) the account acted on. Deleting the
 * administrator's account clears it, as it clears `user_id`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("auth_event")
    .addColumn("actor_id", "text", (c) => c.references("user.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("auth_event_actor_id_idx").on("auth_event").column("actor_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("auth_event_actor_id_idx").execute();
  await db.schema.alterTable("auth_event").dropColumn("actor_id").execute();
}
