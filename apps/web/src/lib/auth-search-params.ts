import { safeRedirectPath } from "./safe-redirect";

// Validators for the auth pages' search params. Every value arrives from a URL anyone can write,
// so each is checked and anything unexpected is dropped rather than trusted.

export interface RedirectSearch {
  /** A same-site path to return to afterwards; absent means the home page. */
  redirect?: string;
}

export interface SignInSearch extends RedirectSearch {
  /** Set by Better Auth when a social sign-in failed, e.g. "state_mismatch". */
  error?: string;
}

export interface ResetPasswordSearch {
  token?: string;
  /** "INVALID_TOKEN" when the server refused the emailed link (unknown, used or expired). */
  error?: string;
}

// Codes are short identifiers; anything else is not worth echoing back onto the page.
const ERROR_CODE = /^[A-Za-z0-9_]{1,64}$/;
const TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

export function validateRedirectSearch(search: Record<string, unknown>): RedirectSearch {
  const redirect = safeRedirectPath(search.redirect);
  return redirect === undefined ? {} : { redirect };
}

export function validateSignInSearch(search: Record<string, unknown>): SignInSearch {
  const error = matching(search.error, ERROR_CODE);
  return { ...validateRedirectSearch(search), ...(error !== undefined && { error }) };
}

export function validateResetPasswordSearch(search: Record<string, unknown>): ResetPasswordSearch {
  const token = matching(search.token, TOKEN);
  const error = matching(search.error, ERROR_CODE);
  return { ...(token !== undefined && { token }), ...(error !== undefined && { error }) };
}

function matching(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === "string" && pattern.test(value) ? value : undefined;
}
