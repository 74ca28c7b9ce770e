import { createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { CLIENT_IP_HEADER } from "../client-ip";
import type { AuthEventKind } from "./auth-event-kind";
import type { RecordAuthEvent } from "./record-auth-event";

type AuthMiddleware = ReturnType<typeof createAuthMiddleware>;

/**
 * Better Auth hooks that turn auth endpoint calls into auth log events. They
 * run after the endpoint (outside its transaction), for failures too. Facts
 * that are gone by then (who signed out, whose password was reset) are noted
 * per request beforehand.
 */
export function createAuditHooks(record: RecordAuthEvent): {
  before: AuthMiddleware;
  after: AuthMiddleware;
  notePasswordReset: (request: Request | undefined, userId: string) => void;
} {
  const usersByRequest = new WeakMap<Request, string>();

  const before = createAuthMiddleware(async (ctx) => {
    if (ctx.path === "/sign-out" && ctx.request) {
      const session = await getSessionFromCtx(ctx).catch(() => null);
      if (session) usersByRequest.set(ctx.request, session.user.id);
    }
  });

  const after = createAuthMiddleware(async (ctx) => {
    const returned = ctx.context.returned;
    const failed = isAPIError(returned);
    const kind = eventKind(ctx.path, failed);
    if (kind === undefined) return;
    const request = ctx.request;
    const userId =
      ctx.context.newSession?.user.id ??
      (request ? usersByRequest.get(request) : undefined) ??
      (kind === "user_banned" || kind === "user_unbanned" ? stringField(ctx.body, "userId") : undefined) ??
      (kind === "email_verified" ? userIdOf(returned) : undefined);
    await record({
      kind,
      userId,
      ip: request?.headers.get(CLIENT_IP_HEADER),
      userAgent: request?.headers.get("user-agent"),
    });
  });

  return {
    before,
    after,
    notePasswordReset(request, userId) {
      if (request) usersByRequest.set(request, userId);
    },
  };
}

function eventKind(path: string, failed: boolean): AuthEventKind | undefined {
  if (path === "/sign-in/email") return failed ? "sign_in_failed" : "sign_in";
  if (failed) return undefined;
  if (path === "/sign-up/email") return "sign_up";
  if (path.startsWith("/callback/")) return "sign_in";
  if (path === "/sign-out") return "sign_out";
  if (path === "/request-password-reset") return "password_reset_requested";
  if (path === "/reset-password") return "password_reset_completed";
  if (path === "/verify-email") return "email_verified";
  if (path === "/admin/ban-user") return "user_banned";
  if (path === "/admin/unban-user") return "user_unbanned";
  if (path === "/delete-user") return "account_deleted";
  return undefined;
}

function stringField(value: unknown, key: string): string | undefined {
  if (typeof value !== "object" || value === null || !(key in value)) return undefined;
  const field: unknown = Reflect.get(value, key);
  return typeof field === "string" ? field : undefined;
}

function userIdOf(returned: unknown): string | undefined {
  if (typeof returned !== "object" || returned === null || !("user" in returned)) return undefined;
  return stringField(returned.user, "id");
}
