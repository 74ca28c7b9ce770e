import { AUTH_BASE_PATH } from "@pagewise/auth";

/** The original system's API paths, kept as aliases of Better Auth's own routes. */
export const ORIGINAL_AUTH_PATHS = [
  { method: "POST", path: "/auth/signup", target: `${AUTH_BASE_PATH}/sign-up/email` },
  { method: "POST", path: "/auth/signin", target: `${AUTH_BASE_PATH}/sign-in/email` },
  { method: "POST", path: "/auth/signout", target: `${AUTH_BASE_PATH}/sign-out` },
  // Never from the cookie cache: a program asking whether its session is valid gets the store's answer.
  { method: "GET", path: "/auth/session", target: `${AUTH_BASE_PATH}/get-session`, query: "disableCookieCache=true" },
] as const;

export type OriginalAuthPath = (typeof ORIGINAL_AUTH_PATHS)[number];

/** The methods a path answers, for the Allow header of a 405 (HEAD wherever GET is). */
export function allowedMethods(method: "GET" | "POST"): string[] {
  return method === "GET" ? ["GET", "HEAD"] : [method];
}
