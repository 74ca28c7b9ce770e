// The browser's side of @pagewise/auth. Everything here ends up in the SPA's bundle, so it must
// import only browser-safe code: better-auth's client entry points, the password and name rules
// (modules without server imports) and types. Importing "./create-auth" or "./index" would drag
// the Better Auth server, Kysely and the mailers into the bundle.
import { adminClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";
import { AUTH_BASE_PATH } from "./auth-base-path";

export type { SocialProviderId } from "./auth-config";
export { coarseUserAgent } from "./events/user-agent";
export { checkName, MAX_NAME_LENGTH } from "./name-rules";
export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-rules";

// The one browser global read here. This package type-checks without the DOM library (its other
// modules run on the server), so the global is declared as narrowly as it is used.
declare const window: { readonly location: { readonly origin: string } };

export interface PagewiseAuthClientOptions {
  /**
   * The site's origin. Defaults to the page's own: the SPA is always served from the same origin
   * as the API (the Vite proxy in development, one server in production), which keeps the
   * session cookie same-site.
   */
  baseURL?: string;
}

/** The Better Auth client for Pagewise: email and password, social sign-in, sessions and the admin API. */
export function createPagewiseAuthClient(options: PagewiseAuthClientOptions = {}) {
  return createAuthClient({
    baseURL: options.baseURL ?? window.location.origin,
    basePath: AUTH_BASE_PATH,
    plugins: [adminClient()],
  });
}

export type PagewiseAuthClient = ReturnType<typeof createPagewiseAuthClient>;
/** The signed-in session as the client sees it: `{ session, user }` (the user includes its admin role). */
export type PagewiseSession = PagewiseAuthClient["$Infer"]["Session"];
