import { parseSetCookieHeader } from "better-auth/cookies";

/**
 * The signed session token a response sets as its session cookie (the value of
 * Better Auth's Set-Auth-Token header), or undefined when it sets none. Unlike
 * the bare token stored with the session, it proves knowledge of the secret,
 * so a copy of the session table or of Redis is not a set of credentials.
 */
export function signedSessionToken(responseHeaders: Headers | undefined, cookieName: string): string | undefined {
  const setCookie = responseHeaders?.get("set-cookie");
  if (!setCookie) return undefined;
  const cookie = parseSetCookieHeader(setCookie).get(cookieName);
  if (!cookie?.value || cookie["max-age"] === 0) return undefined;
  return cookie.value;
}
