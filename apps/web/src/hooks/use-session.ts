import type { PagewiseSession } from "@pagewise/auth/client";
import { authClient } from "../auth-client";

export type SessionState =
  | { status: "pending" }
  | { status: "signed-out" }
  /** The session could not be checked (server unreachable): neither signed in nor out is known. */
  | { status: "error"; retry: () => void }
  | ({ status: "signed-in" } & PagewiseSession);

/**
 * The reader's session as one of four states, so components switch on `status` instead of
 * combining `data`, `isPending` and `error` themselves. It comes from Better Auth's shared
 * session store, which asks the server (the session is in an HttpOnly cookie scripts cannot read)
 * and refreshes after sign-in, sign-out and when the tab regains focus.
 */
export function useSession(): SessionState {
  const { data, isPending, error, refetch } = authClient.useSession();
  // A session we already have stays shown while a background refresh fails.
  if (data) return { status: "signed-in", session: data.session, user: data.user };
  if (isPending) return { status: "pending" };
  // 401 is Better Auth's way of saying "no session"; anything else means we could not find out.
  if (error && error.status !== 401) return { status: "error", retry: () => void refetch() };
  return { status: "signed-out" };
}

/**
 * A function that asks the server again and resolves once the shared session store has the
 * answer: used after signing in, before navigating to a page that needs the session.
 * `authoritative` skips the signed cookie cache, which otherwise keeps reporting a session the
 * server has just ended (after a password reset) for up to a minute.
 */
export function useRefreshSession(): (options?: { authoritative?: boolean }) => Promise<void> {
  const { refetch } = authClient.useSession();
  return ({ authoritative = false } = {}) =>
    refetch(authoritative ? { query: { disableCookieCache: true } } : undefined);
}
