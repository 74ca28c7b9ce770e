import type { PagewiseDatabase } from "@pagewise/db";

export interface ListUsersInput {
  search?: string | undefined;
  limit: number;
  offset: number;
}

/** One page of users, newest first, optionally filtered by a substring of name or email. */
export async function listUsers(db: PagewiseDatabase["db"], { search, limit, offset }: ListUsersInput) {
  let query = db.selectFrom("user");
  if (search) {
    // Match the text literally: the reader's % and _ are not wildcards.
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb("email", "ilike", pattern), eb("name", "ilike", pattern)]));
  }
  const [users, total] = await Promise.all([
    query
      .select(["id", "name", "email", "role", "banned", "banReason", "emailVerified", "createdAt"])
      .orderBy("createdAt", "desc")
      .orderBy("id")
      .limit(limit)
      .offset(offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow(),
  ]);
  return { users, total: Number(total.count), limit, offset };
}
