import type { Auth } from "@pagewise/auth";
import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { isAPIError } from "better-auth/api";
import type { Context } from "./context";

const CODES: Record<number, TRPC_ERROR_CODE_KEY> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  422: "UNPROCESSABLE_CONTENT",
  429: "TOO_MANY_REQUESTS",
};

/**
 * Runs a Better Auth server call on the caller's behalf, turning its errors
 * into tRPC errors with the same meaning (a 403 stays FORBIDDEN, not a 500).
 */
export async function callAuth<T>(ctx: Pick<Context, "auth">, call: (auth: Auth) => Promise<T>): Promise<T> {
  if (!ctx.auth) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Authentication is not configured" });
  try {
    return await call(ctx.auth);
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const code = CODES[error.statusCode] ?? "INTERNAL_SERVER_ERROR";
    throw new TRPCError({ code, message: error.body?.message ?? error.message, cause: error });
  }
}
