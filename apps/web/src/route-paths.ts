/**
 * Every page path of the SPA, in TanStack Router's syntax (`$` is a splat). The router builds its
 * routes from these, and the build writes them to `dist/spa-routes.json` (see vite.config.ts) so
 * the server answers 404 for any other path instead of an empty 200 shell.
 */
export const ROUTE_PATHS = {
  home: "/",
  status: "/status",
  goodbye: "/goodbye",
  docs: "/docs",
  signIn: "/sign-in",
  signUp: "/sign-up",
  forgotPassword: "/forgot-password",
  resetPassword: "/reset-password",
  account: "/account",
  profile: "/profile",
  admin: "/admin",
} as const;

/** The reader's pages, relative to `ROUTE_PATHS.docs`: the book's home and any page below it. */
export const DOCS_CHILD_PATHS = { index: "/", page: "$" } as const;

/** The full path patterns the server knows as the SPA's (the reader's own 404s are per slug). */
export const SPA_ROUTE_PATTERNS: readonly string[] = [
  ...Object.values(ROUTE_PATHS),
  `${ROUTE_PATHS.docs}/${DOCS_CHILD_PATHS.page}`,
];
