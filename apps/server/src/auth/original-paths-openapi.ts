import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@pagewise/auth";
import { z } from "zod";
import type { ZodOpenApiPathsObject, ZodOpenApiResponsesObject } from "zod-openapi";

// What Better Auth answers on the routes the original paths alias (better-auth 1.7).
const user = z.looseObject({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  image: z.string().nullable(),
  createdAt: z.string().meta({ format: "date-time" }),
  updatedAt: z.string().meta({ format: "date-time" }),
});
const session = z.looseObject({
  id: z.string(),
  userId: z.string(),
  token: z.string(),
  expiresAt: z.string().meta({ format: "date-time" }),
});

const signUpBody = z.object({
  name: z.string().min(1),
  email: z.email(),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
  callbackURL: z.string().optional().meta({ description: "Where the verification email's link leads." }),
});
const signInBody = z.object({
  email: z.email(),
  password: z.string(),
  rememberMe: z.boolean().optional().meta({ description: "false: the session ends with the browser." }),
  callbackURL: z.string().optional(),
});

const ref = (name: string) => ({ $ref: `#/components/responses/${name}` });
const SESSION_COOKIE_SET = z.object({
  "Set-Cookie": z.string().meta({ description: "The session cookie (HttpOnly, SameSite=Lax)." }),
});

/** The errors every original path can answer, besides its own. */
const common: ZodOpenApiResponsesObject = {
  "500": ref("InternalServerError"),
  "503": ref("ServiceUnavailable"),
  "504": ref("Timeout"),
};

/**
 * The original system's /auth/* paths in the OpenAPI document. Their errors
 * have the documented shape (Better Auth's own routes at /api/auth/* answer
 * in Better Auth's format, and are described in docs/authentication.md).
 */
export function originalAuthPathsDocument(): ZodOpenApiPathsObject {
  return {
    "/auth/signup": {
      post: {
        operationId: "auth-signup",
        tags: ["auth"],
        summary: "Create an account with email and password",
        description:
          "Signs the new account in (sets the session cookie) unless email verification is required, in which case `token` is null and a verification email is sent.",
        requestBody: { required: true, content: { "application/json": { schema: signUpBody } } },
        responses: {
          "200": {
            description: "The account",
            headers: SESSION_COOKIE_SET,
            content: { "application/json": { schema: z.object({ token: z.string().nullable(), user }) } },
          },
          "400": ref("BadRequest"),
          "403": ref("Forbidden"),
          "413": ref("PayloadTooLarge"),
          "415": ref("UnsupportedMediaType"),
          "422": ref("UnprocessableContent"),
          "429": ref("TooManyAuthAttempts"),
          ...common,
        },
      },
    },
    "/auth/signin": {
      post: {
        operationId: "auth-signin",
        tags: ["auth"],
        summary: "Sign in with email and password",
        description: "Sets the session cookie. 401 for a wrong email or password, 403 while the email is unverified.",
        requestBody: { required: true, content: { "application/json": { schema: signInBody } } },
        responses: {
          "200": {
            description: "Signed in",
            headers: SESSION_COOKIE_SET,
            content: {
              "application/json": {
                schema: z.object({ redirect: z.boolean(), token: z.string(), url: z.string().optional(), user }),
              },
            },
          },
          "400": ref("BadRequest"),
          "401": ref("Unauthorized"),
          "403": ref("Forbidden"),
          "413": ref("PayloadTooLarge"),
          "415": ref("UnsupportedMediaType"),
          "429": ref("TooManyAuthAttempts"),
          ...common,
        },
      },
    },
    "/auth/signout": {
      post: {
        operationId: "auth-signout",
        tags: ["auth"],
        summary: "Sign out",
        description:
          "Ends the session and clears its cookies. Needs no body and no content type (`curl -X POST -b cookies`). Signed out already, it succeeds too. A browser request from a foreign origin is refused (403).",
        security: [{}, { sessionCookie: [] }],
        responses: {
          "200": {
            description: "Signed out",
            content: { "application/json": { schema: z.object({ success: z.boolean() }) } },
          },
          "403": ref("Forbidden"),
          "413": ref("PayloadTooLarge"),
          ...common,
        },
      },
    },
    "/auth/session": {
      get: {
        operationId: "auth-session",
        tags: ["auth"],
        summary: "The current session and its user",
        description: "null when signed out.",
        security: [{}, { sessionCookie: [] }],
        responses: {
          "200": {
            description: "The session, or null",
            content: { "application/json": { schema: z.object({ session, user }).nullable() } },
          },
          // As for every path: a URL with malformed percent-encoding.
          "400": ref("BadRequest"),
          ...common,
        },
      },
    },
  };
}
