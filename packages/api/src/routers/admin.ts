import { z } from "zod";
import { adminActions } from "../admin/admin-actions";
import { adminStats } from "../admin/admin-stats";
import { assistantStats } from "../admin/assistant-stats";
import { listUsers } from "../admin/list-users";
import { callAuth } from "../auth-call";
import { safeText } from "../input/safe-text";
import { shownText } from "../input/shown-text";
import { adminProcedure, router } from "../trpc";

const userId = z.object({ userId: safeText().min(1).max(200) });

/** Thin procedures over Better Auth's admin API, plus reporting; every one admin-only. */
export const adminRouter = router({
  stats: adminProcedure
    .input(z.object({ days: z.number().int().min(1).max(365).default(30) }).default({ days: 30 }))
    .query(({ ctx, input }) => adminStats(ctx.db, input.days)),

  /** The admin "Assistant" page: questions, refusals, cited pages, votes, comments and consent figures. */
  assistantStats: adminProcedure
    .input(z.object({ days: z.number().int().min(1).max(365).default(30) }).default({ days: 30 }))
    .query(({ ctx, input }) => assistantStats(ctx.db, input.days)),

  listUsers: adminProcedure
    .input(
      z.object({
        search: safeText().trim().max(100).optional(),
        limit: z.number().int().min(1).max(100).default(20),
        offset: z.number().int().min(0).max(1_000_000).default(0),
      }),
    )
    .query(({ ctx, input }) => listUsers(ctx.db, input)),

  /** Every admin action (role changes, bans, unbans, sessions ended): who, what, on whom, when. */
  actions: adminProcedure
    .input(
      z
        .object({
          limit: z.number().int().min(1).max(100).default(20),
          offset: z.number().int().min(0).max(1_000_000).default(0),
        })
        .default({ limit: 20, offset: 0 }),
    )
    .query(({ ctx, input }) => adminActions(ctx.db, input)),

  setRole: adminProcedure.input(userId.extend({ role: z.enum(["user", "admin"]) })).mutation(async ({ ctx, input }) => {
    await callAuth(ctx, (auth) => auth.api.setRole({ body: input, headers: ctx.headers }));
    return { userId: input.userId, role: input.role };
  }),

  banUser: adminProcedure
    .input(userId.extend({ reason: shownText().max(200).optional() }))
    .mutation(async ({ ctx, input }) => {
      await callAuth(ctx, (auth) =>
        auth.api.banUser({ body: { userId: input.userId, banReason: input.reason }, headers: ctx.headers }),
      );
      return { userId: input.userId, banned: true };
    }),

  unbanUser: adminProcedure.input(userId).mutation(async ({ ctx, input }) => {
    await callAuth(ctx, (auth) => auth.api.unbanUser({ body: input, headers: ctx.headers }));
    return { userId: input.userId, banned: false };
  }),

  revokeUserSessions: adminProcedure.input(userId).mutation(async ({ ctx, input }) => {
    await callAuth(ctx, (auth) => auth.api.revokeUserSessions({ body: input, headers: ctx.headers }));
    return { userId: input.userId, revoked: true };
  }),
});
