import type { PagewiseDatabase } from "@pagewise/db";

/**
 * Grants the admin role to existing accounts with these emails; returns the
 * emails that had no (verified, with `verifiedOnly`) account. ADMIN_EMAILS
 * uses `verifiedOnly`: an address is proof of nothing until its owner has
 * followed a link sent to it. The operator's own `npm run admin -- grant` does not.
 */
export async function grantAdmin(
  db: PagewiseDatabase["db"],
  emails: string[],
  { verifiedOnly = false } = {},
): Promise<{ missing: string[] }> {
  const wanted = [...new Set(emails.map((email) => email.trim().toLowerCase()).filter(Boolean))];
  if (wanted.length === 0) return { missing: [] };
  let query = db.updateTable("user").set({ role: "admin", updatedAt: new Date() }).where("email", "in", wanted);
  if (verifiedOnly) query = query.where("emailVerified", "=", true);
  const updated = await query.returning("email").execute();
  const found = new Set(updated.map((row) => row.email));
  return { missing: wanted.filter((email) => !found.has(email)) };
}

/** Takes the admin role back; returns whether such an account existed. */
export async function revokeAdmin(db: PagewiseDatabase["db"], email: string): Promise<boolean> {
  const result = await db
    .updateTable("user")
    .set({ role: "user", updatedAt: new Date() })
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
