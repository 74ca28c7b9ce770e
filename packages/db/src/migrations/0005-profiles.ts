import { type Kysely, sql } from "kysely";

/**
 * Reader profiles and the consent history behind them.
 * - `profile`: one row per user. Background columns may hold data only while
 *   `consent_given` is true (a check constraint makes that a database fact, not
 *   just an application rule); preferences need no consent.
 * - `consent_event`: append-only; every change of consent, with the policy
 *   version the reader saw.
 * Both go with the user (ON DELETE CASCADE).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("profile")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("user.id").onDelete("cascade"))
    .addColumn("software_level", "text")
    .addColumn("software_languages", sql`text[]`)
    .addColumn("software_notes", "text")
    .addColumn("hardware_level", "text")
    .addColumn("hardware_devices", sql`text[]`)
    .addColumn("hardware_notes", "text")
    .addColumn("answer_style", "text", (c) => c.notNull().defaultTo("concise"))
    .addColumn("consent_given", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("consent_policy_version", "text")
    .addColumn("consent_updated_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      "profile_background_needs_consent",
      sql`consent_given or (software_level is null and software_languages is null and software_notes is null
        and hardware_level is null and hardware_devices is null and hardware_notes is null)`,
    )
    .execute();

  await db.schema
    .createTable("consent_event")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
    .addColumn("given", "boolean", (c) => c.notNull())
    .addColumn("policy_version", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("consent_event_user_id_idx")
    .on("consent_event")
    .columns(["user_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("consent_event").execute();
  await db.schema.dropTable("profile").execute();
}
