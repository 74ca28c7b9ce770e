import { CookieJar } from "./cookie-jar";

/**
 * A fetch for one Pagewise server that sends what a browser on the site would:
 * - `Origin: <the server's own URL>`. Better Auth refuses a sign-in or sign-up
 *   without an Origin when the request carries Fetch Metadata headers, which
 *   Node's fetch does (`Sec-Fetch-Mode: cors`), and every state-changing
 *   request with cookies must come from a trusted origin. The server trusts
 *   its own origin exactly as BETTER_AUTH_URL spells it: `localhost` and
 *   `127.0.0.1` are different origins.
 * - the cookies the server set (the session), from a small jar.
 */
export function siteFetch(serverUrl: string, jar = new CookieJar()): typeof fetch {
  const origin = new URL(serverUrl).origin;
  return async (input, init) => {
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    headers.set("origin", origin);
    const cookie = jar.header();
    if (cookie !== undefined) headers.set("cookie", cookie);
    const response = await fetch(input, { ...init, headers });
    jar.store(response);
    return response;
  };
}
