import type { PagewiseDatabase } from "@pagewise/db";

type Db = PagewiseDatabase["db"];

/**
 * Grants the admin role to existing accounts with these emails (the operator's
 * `npm run admin -- grant`); returns the emails that have no account. Each
 * account promoted is logged as a role change.
 */
export async function grantAdmin(db: Db, emails: string[]): Promise<{ missing: string[] }> {
  const wanted = [...new Set(emails.map((email) => email.trim().toLowerCase()).filter(Boolean))];
  if (wanted.length === 0) return { missing: [] };
  const accounts = await db.selectFrom("user").select("email").where("email", "in", wanted).execute();
  const found = new Set(accounts.map((row) => row.email));
  await setRole(db, { emails: wanted }, "admin", { actorIsUser: false });
  return { missing: wanted.filter((email) => !found.has(email)) };
}

/**
 * An ADMIN_EMAILS address claimed by its owner: a password reset link sent to it
 * was followed, which set the password and ended every other session (so a
 * stranger who signed up with the address first keeps nothing). The account is
 * promoted, its address marked verified, and the change logged with the owner as actor.
 */
export async function claimAdmin(db: Db, userId: string): Promise<boolean> {
  return (await setRole(db, { userId }, "admin", { actorIsUser: true, verify: true })) > 0;
}

/** Takes the admin role back; returns whether such an account existed. */
export async function revokeAdmin(db: Db, email: string): Promise<boolean> {
  const normalised = email.trim().toLowerCase();
  const account = await db.selectFrom("user").select("id").where("email", "=", normalised).executeTakeFirst();
  if (account === undefined) return false;
  await setRole(db, { emails: [normalised] }, "user", { actorIsUser: false });
  return true;
}

/** Changes the role where it differs, and writes a `role_changed` auth event per account changed, in one transaction. */
async function setRole(
  db: Db,
  who: { emails: string[] } | { userId: string },
  role: "admin" | "user",
  { actorIsUser, verify = false }: { actorIsUser: boolean; verify?: boolean },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let update = trx
      .updateTable("user")
      .set({ role, updatedAt: new Date(), ...(verify && { emailVerified: true }) })
      .where((eb) => eb.or([eb("role", "is", null), eb("role", "!=", role)]));
    update = "userId" in who ? update.where("id", "=", who.userId) : update.where("email", "in", who.emails);
    const changed = await update.returning("id").execute();
    if (changed.length > 0) {
      await trx
        .insertInto("auth_event")
        .values(changed.map(({ id }) => ({ kind: "role_changed", user_id: id, actor_id: actorIsUser ? id : null })))
        .execute();
    }
    return changed.length;
  });
}
