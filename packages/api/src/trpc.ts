import { isDatabaseUnavailable } from "@pagewise/db";
import { initTRPC, TRPCError } from "@trpc/server";
import type { OpenApiMeta } from "trpc-to-openapi";
import type { Context } from "./context";
import { clientFacingError } from "./errors/client-error";
import { ENDED_SESSION_MESSAGE, unauthorizedIfAccountGone } from "./session/ended-session";

/** Who may call a procedure. Set once by the procedure kind below; a test checks every procedure's. */
export type Access = "public" | "protected" | "admin";
export type Meta = OpenApiMeta<{ access?: Access }>;

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error, ctx }) {
      // Stack traces are for the server log, never for clients.
      const { stack: _stack, ...data } = shape.data;
      // An unexpected error's own text (a driver's message, a constraint's name) is for the log too.
      const requestId = ctx?.requestId;
      const { message, fieldErrors } = clientFacingError(error, requestId);
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      return { ...shape, message, data: { ...data, fieldErrors, ...(internal && { requestId }) } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * The three procedure kinds. Access is decided here and nowhere else: there is
 * no per-route allow-list to forget.
 */

/**
 * Every procedure reports an unreachable database as SERVICE_UNAVAILABLE (503)
 * with a clear message, not as a 500: the client may retry, and the server
 * recovers by itself when the database returns.
 */
const baseProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok && isDatabaseUnavailable(result.error)) {
    throw new TRPCError({
      code: "SERVICE_UNAVAILABLE",
      message: "The database is unavailable right now. Try again in a moment.",
      cause: result.error,
    });
  }
  return result;
});

/** Anyone, signed in or not. The session is still read (for personalisation) and never required. */
export const publicProcedure = baseProcedure.meta({ access: "public" });

/**
 * A valid session, else UNAUTHORIZED. `ctx.session` is non-null inside, and checked against the
 * session store (not the cookie cache), so a signed-out or revoked session is refused at once.
 */
export const protectedProcedure = baseProcedure.meta({ access: "protected" }).use(async ({ ctx, next }) => {
  const session = await signedInSession(ctx);
  // tRPC merges this into the context: only the narrowed session is overridden.
  const result = await next({ ctx: { session } });
  if (!result.ok) throw await unauthorizedIfAccountGone(ctx.db, session.user.id, result.error);
  return result;
});

/** A signed-in admin (checked as for protected procedures), else UNAUTHORIZED (signed out) or FORBIDDEN (not an admin). */
export const adminProcedure = baseProcedure.meta({ access: "admin" }).use(async ({ ctx, next }) => {
  const session = await signedInSession(ctx);
  if (session.user.role !== "admin") {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only administrators can do this." });
  }
  // tRPC merges this into the context: only the narrowed session is overridden.
  const result = await next({ ctx: { session } });
  if (!result.ok) throw await unauthorizedIfAccountGone(ctx.db, session.user.id, result.error);
  return result;
});

/**
 * The caller's session as the session store has it, else UNAUTHORIZED: "Sign in" to a caller who
 * sent none, "Your session has ended" to one whose session was signed out, revoked or deleted since
 * (the cookie cache still vouched for it).
 */
async function signedInSession(ctx: Context) {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to do this." });
  const session = await ctx.verifiedSession();
  if (!session) throw new TRPCError({ code: "UNAUTHORIZED", message: ENDED_SESSION_MESSAGE });
  return session;
}
