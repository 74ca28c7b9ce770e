import { initTRPC, TRPCError } from "@trpc/server";
import type { OpenApiMeta } from "trpc-to-openapi";
import type { Context } from "./context";
import { describeInputIssues } from "./input-errors";

/** Who may call a procedure. Set once by the procedure kind below; a test checks every procedure's. */
export type Access = "public" | "protected" | "admin";
export type Meta = OpenApiMeta<{ access?: Access }>;

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      // Stack traces are for the server log, never for clients.
      const { stack: _stack, ...data } = shape.data;
      const issues = error.code === "BAD_REQUEST" ? describeInputIssues(error.cause) : undefined;
      if (!issues) return { ...shape, data: { ...data, fieldErrors: undefined } };
      return { ...shape, message: issues.message, data: { ...data, fieldErrors: issues.fieldErrors } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * The three procedure kinds. Access is decided here and nowhere else: there is
 * no per-route allow-list to forget.
 */

/** Anyone, signed in or not. The session is still read (for personalisation) and never required. */
export const publicProcedure = t.procedure.meta({ access: "public" });

/** A valid session, else UNAUTHORIZED. `ctx.session` is non-null inside. */
export const protectedProcedure = t.procedure.meta({ access: "protected" }).use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to do this." });
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/** A signed-in admin, else UNAUTHORIZED (signed out) or FORBIDDEN (not an admin). */
export const adminProcedure = t.procedure.meta({ access: "admin" }).use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to do this." });
  if (ctx.session.user.role !== "admin") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only administrators can do this." });
  }
  return next({ ctx: { ...ctx, session: ctx.session } });
});
