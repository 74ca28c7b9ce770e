import type { PagewiseDatabase } from "@pagewise/db";
import { TRPCError } from "@trpc/server";

export const ENDED_SESSION_MESSAGE = "Your session has ended. Sign in again.";

/**
 * After a signed-in call failed unexpectedly: was it because the account is
 * gone? Better Auth's signed session cache cookie keeps a deleted account's
 * session valid for up to a minute without asking the database, and writes
 * for that user then break a foreign key, reads find no row. Those are the
 * caller's missing session (401), not our failure (500). Checked only on the
 * failure path, so successful calls cost nothing extra.
 */
export async function unauthorizedIfAccountGone(
  db: PagewiseDatabase["db"],
  userId: string,
  error: TRPCError,
): Promise<TRPCError> {
  if (error.code !== "INTERNAL_SERVER_ERROR") return error;
  const exists = await db
    .selectFrom("user")
    .select("id")
    .where("id", "=", userId)
    .executeTakeFirst()
    .then(
      (row) => row !== undefined,
      // The database itself failing: the original error says more.
      () => true,
    );
  return exists ? error : new TRPCError({ code: "UNAUTHORIZED", message: ENDED_SESSION_MESSAGE, cause: error });
}
