import type { AuthSession } from "@pagewise/api";
import type { Auth } from "@pagewise/auth";

const SESSION_COOKIE = "session_token=";
const CACHE_COOKIE = "session_data=";
const BEARER = /^bearer\s+\S/i;

/**
 * Reads the caller's session for the tRPC context, as cheaply as correctness allows:
 * - no session cookie: no session, without calling Better Auth at all;
 * - a session cookie plus Better Auth's signed cache cookie: Better Auth answers
 *   from the cookie without a database read, and we keep that answer for a few
 *   seconds per exact cookie value, because each Better Auth API call costs about
 *   a millisecond of CPU. This widens nothing: the cookie cache already accepts
 *   the session without asking the database for up to its own max-age;
 * - a session cookie alone, or `Authorization: Bearer <token>` (Better Auth's bearer
 *   plugin turns it into the session cookie): Better Auth validates it against the
 *   session store, every time, so a revoked token fails at once.
 */
export function createSessionReader(auth: Auth, { ttlMs = 5_000, maxEntries = 10_000 } = {}) {
  const remembered = new Map<string, { session: AuthSession; until: number }>();

  return async function readSession(headers: Headers): Promise<AuthSession | null> {
    const cookie = headers.get("cookie") ?? "";
    const bearer = BEARER.test(headers.get("authorization") ?? "");
    if (!carriesSession(headers)) return null;
    // A bearer token takes the place of the cookie's session, so the cookie cannot key the answer.
    const cacheable = cookie.includes(CACHE_COOKIE) && !bearer;
    const now = Date.now();
    const hit = cacheable ? remembered.get(cookie) : undefined;
    if (hit && hit.until > now && new Date(hit.session.session.expiresAt).getTime() > now) return hit.session;

    const session = await auth.api.getSession({ headers });
    if (cacheable && session) {
      remembered.delete(cookie);
      remembered.set(cookie, { session, until: now + ttlMs });
      if (remembered.size > maxEntries) {
        const oldest = remembered.keys().next().value;
        if (oldest !== undefined) remembered.delete(oldest);
      }
    }
    return session;
  };
}

/**
 * The session as the session store has it, past Better Auth's cookie cache and ours: for
 * protected data, so a signed-out, revoked or banned session (or a demoted admin) is refused at once.
 */
export async function readVerifiedSession(auth: Auth, headers: Headers): Promise<AuthSession | null> {
  if (!carriesSession(headers)) return null;
  return auth.api.getSession({ headers, query: { disableCookieCache: true } });
}

function carriesSession(headers: Headers): boolean {
  return (headers.get("cookie") ?? "").includes(SESSION_COOKIE) || BEARER.test(headers.get("authorization") ?? "");
}
