export type Fetch = typeof globalThis.fetch;

export interface ServerFetchOptions {
  /** The server's origin, sent as `Origin` where the platform lets the caller set it (not in browsers). */
  origin: string;
  /** The bearer token to send, read at each request. */
  token: () => string | undefined;
  fetch: Fetch;
  credentials: "omit" | "same-origin" | "include";
}

/**
 * The fetch every request to the server goes through:
 * - `Authorization: Bearer <token>` once signed in, so a page on another site needs no cookie;
 * - `Origin: <the server's own origin>` outside browsers. Better Auth refuses a sign-in that has
 *   Fetch Metadata (Node's fetch sends `Sec-Fetch-Mode: cors`) but no Origin. Browsers set Origin
 *   themselves and silently drop ours, so a page cannot claim another site's origin.
 */
export function serverFetch({ origin, token, fetch, credentials }: ServerFetchOptions): Fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    if (!headers.has("origin")) headers.set("origin", origin);
    const bearer = token();
    if (bearer !== undefined && !headers.has("authorization")) headers.set("authorization", `Bearer ${bearer}`);
    return fetch(input, { credentials, ...init, headers });
  };
}
