import { safeRedirectPath } from "./safe-redirect";

// Validators for the auth pages' search params. Every value arrives from a URL anyone can write,
// so each is checked and anything unexpected is dropped rather than trusted.
//
// Each validator returns EVERY key it owns, set to undefined when the value is refused. TanStack
// Router merges the validated object over the raw search params (`{ ...raw, ...validated }`), so
// a key that is simply left out keeps its raw, unvalidated value in useSearch(): leaving out a
// refused `redirect` would hand a foreign URL to the sign-in page.

export interface RedirectSearch {
  /** A same-site path to return to afterwards; absent means the home page. */
  redirect?: string | undefined;
}

export interface SignInSearch extends RedirectSearch {
  /** Set by Better Auth when a social sign-in failed, e.g. "state_mismatch". */
  error?: string | undefined;
}

export interface ResetPasswordSearch {
  token?: string | undefined;
  /** "INVALID_TOKEN" when the server refused the emailed link (unknown, used or expired). */
  error?: string | undefined;
}

// Codes are short identifiers; anything else is not worth echoing back onto the page.
const ERROR_CODE = /^[A-Za-z0-9_]{1,64}$/;
const TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

export function validateRedirectSearch(search: Record<string, unknown>): RedirectSearch {
  return { redirect: safeRedirectPath(search.redirect) };
}

export function validateSignInSearch(search: Record<string, unknown>): SignInSearch {
  return { redirect: safeRedirectPath(search.redirect), error: matching(search.error, ERROR_CODE) };
}

export function validateResetPasswordSearch(search: Record<string, unknown>): ResetPasswordSearch {
  return { token: matching(search.token, TOKEN), error: matching(search.error, ERROR_CODE) };
}

function matching(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === "string" && pattern.test(value) ? value : undefined;
}
