import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { exportAccount } from "../account/export-account";
import { callAuth } from "../auth-call";
import { safeText } from "../input/safe-text";
import { protectedProcedure, router } from "../trpc";

export const accountRouter = router({
  /** Everything stored about the caller, for "download my data". */
  export: protectedProcedure.query(({ ctx }) => exportAccount(ctx.db, ctx.session.user.id)),

  /** The caller's active sessions, without their tokens (Better Auth's own listing exposes them). */
  sessions: protectedProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db
      .selectFrom("session")
      .select(["id", "createdAt", "updatedAt", "expiresAt", "userAgent", "ipAddress"])
      .where("userId", "=", ctx.session.user.id)
      .where("expiresAt", ">", new Date())
      .orderBy("updatedAt", "desc")
      .execute();
    return rows.map((row) => ({ ...row, current: row.id === ctx.session.session.id }));
  }),

  /** Ends one of the caller's sessions, by id. */
  revokeSession: protectedProcedure
    .input(z.object({ sessionId: safeText().min(1).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const session = await ctx.db
        .selectFrom("session")
        .select("token")
        .where("id", "=", input.sessionId)
        .where("userId", "=", ctx.session.user.id)
        .executeTakeFirst();
      if (!session) throw new TRPCError({ code: "NOT_FOUND", message: "No such session." });
      await callAuth(ctx, (auth) => auth.api.revokeSession({ body: { token: session.token }, headers: ctx.headers }));
      return { revoked: true };
    }),
});
