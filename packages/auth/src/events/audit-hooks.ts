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
    const adminAction = ctx.path.startsWith("/admin/");
    const userId =
      ctx.context.newSession?.user.id ??
      (request ? usersByRequest.get(request) : undefined) ??
      (adminAction ? stringField(ctx.body, "userId") : undefined) ??
      (kind === "email_verified" ? userIdOf(returned) : undefined);
    // Who acted: the administrator's session (the request's cookie, or the headers of a server-side call).
    const actorId = adminAction ? (await getSessionFromCtx(ctx).catch(() => null))?.user.id : undefined;
    await record({
      kind,
      userId,
      actorId,
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
  if (path === "/admin/set-role") return "role_changed";
  if (path === "/admin/revoke-user-sessions") return "user_sessions_revoked";
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
