import { type Kysely, sql } from "kysely";

/**
 * When a user row is deleted, by whatever path (self-service deletion, an
 * admin, SQL by hand), everything that could still identify them goes in the
 * same transaction: their auth events keep only kind and time (the foreign key
 * clears user_id), and mail addressed to them leaves the outbox. Rows that
 * belong to them outright are removed by ON DELETE CASCADE foreign keys.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function forget_deleted_user() returns trigger language plpgsql as $$
    begin
      update auth_event set ip_hash = null, user_agent = null where user_id = old.id;
      delete from mail_outbox where lower(to_address) = lower(old.email);
      return old;
    end;
    $$
  `.execute(db);
  await sql`
    create trigger forget_deleted_user before delete on "user"
    for each row execute function forget_deleted_user()
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger forget_deleted_user on "user"`.execute(db);
  await sql`drop function forget_deleted_user()`.execute(db);
}
