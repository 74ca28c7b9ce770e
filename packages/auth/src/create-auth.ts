import type { PagewiseDatabase } from "@pagewise/db";
import { betterAuth, type SecondaryStorage } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { admin, bearer } from "better-auth/plugins";
import { DISABLED_ADMIN_PATHS } from "./admin-powers";
import { claimAdmin } from "./admins";
import { AUTH_BASE_PATH } from "./auth-base-path";
import type { AuthConfig } from "./auth-config";
import { type AuthLogSink, betterAuthLogger } from "./auth-log-sink";
import type { BackgroundTasks } from "./background-tasks";
import { CLIENT_IP_HEADER } from "./client-ip";
import { createAuditHooks } from "./events/audit-hooks";
import type { AuthEventKind } from "./events/auth-event-kind";
import { ipNetwork } from "./events/ip-network";
import { createAuthEventRecorder } from "./events/record-auth-event";
import { coarseUserAgent } from "./events/user-agent";
import { hashedRateLimitStorage } from "./hashed-rate-limit-storage";
import { existingAccountEmail, passwordResetEmail, verificationEmail } from "./mail/auth-emails";
import { MailDeliveryError } from "./mail/mail-delivery-error";
import type { Mailer, MailMessage } from "./mail/mailer";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-rules";
import { signedSessionToken } from "./signed-session-token";
import { bodyWithCleanName, cleanUserText } from "./user-text";

const RESET_TOKEN_MINUTES = 60;
// Reset and verification mails one address receives, each kind on its own, whatever addresses ask:
// a flood from many clients (each within its own rate limit) still reaches the inbox a few times.
// Ten minutes at most: quiet counters are deleted after that (hashed-rate-limit-storage.ts).
const MAILS_PER_RECIPIENT = { window: 10 * 60, max: 3 };
// Short enough that a revoked or banned session stops working within a minute,
// long enough that most requests validate the session without a database read.
const SESSION_COOKIE_CACHE_SECONDS = 60;

export interface CreateAuthOptions {
  database: Pick<PagewiseDatabase, "db">;
  config: AuthConfig;
  mailer: Mailer;
  /** Sessions and rate-limit counters in Redis (shared by several server processes). */
  secondaryStorage?: SecondaryStorage | undefined;
  /** Where failures that must not fail a request (the auth log, emails) are reported. */
  onBackgroundError?: (error: unknown) => void;
  /** Send emails after answering (see BackgroundTasks); without it, requests wait for the mail. */
  backgroundTasks?: BackgroundTasks;
  /** Told of every auth event recorded (metrics). */
  onAuthEvent?: (kind: AuthEventKind) => void;
  /** Where Better Auth's own log lines go, structured and redacted; without it, they are dropped. */
  log?: AuthLogSink;
  /** The name emails give the site (the book's title, read when a mail is sent); "Pagewise" without one. */
  siteName?: () => Promise<string | undefined>;
}

/**
 * The one Better Auth instance: the server mounts its handler, the tRPC
 * context reads sessions through it, and tests build it exactly the same way.
 * It runs on the app's own Kysely instance, so auth and app share one pool.
 */
export function createAuth(options: CreateAuthOptions) {
  const { database, config, mailer, secondaryStorage, backgroundTasks, onAuthEvent } = options;
  const { db } = database;
  const onBackgroundError = options.onBackgroundError ?? (() => {});
  const store = createAuthEventRecorder(db, config.secret, onBackgroundError);
  const record: typeof store = async (event) => {
    onAuthEvent?.(event.kind);
    await store(event);
  };
  const audit = createAuditHooks(record);
  const adminEmails = new Set(config.adminEmails);
  // Promoted inside Better Auth's write, logged as a role change once it is over (hooks.after).
  const promotedAtSignUp = new Set<string>();
  const authLimit = { window: 60, max: config.authRateLimitPerMinute };
  const rateLimitStorage = hashedRateLimitStorage(db, config.secret, secondaryStorage);
  // A failed send is reported here, in words safe to log; Better Auth's own report would quote the error.
  // Past its per-recipient limit a mail is not sent, and the request is answered as any other:
  // the answer must not tell whether an address has an account, nor whether it was mailed.
  const siteName = async () => (await options.siteName?.().catch(() => undefined)) ?? "Pagewise";
  const deliver = async (purpose: "password reset" | "verification" | "existing account", message: MailMessage) => {
    const recipient = `${message.to.trim().toLowerCase()}|/mail/${purpose}`;
    if (!(await rateLimitStorage.consume(recipient, MAILS_PER_RECIPIENT)).allowed) return;
    await mailer.send(message).catch((error: unknown) => onBackgroundError(new MailDeliveryError(purpose, error)));
  };

  return betterAuth({
    appName: "Pagewise",
    baseURL: config.baseUrl,
    basePath: AUTH_BASE_PATH,
    secret: config.secret,
    trustedOrigins: config.trustedOrigins,
    database: { db, type: "postgres" },
    secondaryStorage,
    telemetry: { enabled: false },
    // Into the server's JSON log, redacted (betterAuthLogger); never Better Auth's own console output.
    logger: options.log ? betterAuthLogger(options.log) : { disabled: true },
    // An unexpected error propagates to the server (one redacted log line, a fixed 500), instead of
    // Better Auth's router printing the whole driver error, parameters included, to the console.
    onAPIError: { throw: true },

    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      requireEmailVerification: config.requireEmailVerification,
      // Without a session from sign-up, its answer for a taken address can be the same as for a new
      // one (Better Auth then answers alike); the owner of a taken address is told by mail instead.
      autoSignIn: config.revealExistingAccounts,
      async onExistingUserSignUp({ user }) {
        await deliver(
          "existing account",
          existingAccountEmail(await siteName(), user.email, `${config.baseUrl}/forgot-password`),
        );
      },
      resetPasswordTokenExpiresIn: RESET_TOKEN_MINUTES * 60,
      revokeSessionsOnPasswordReset: true,
      async sendResetPassword({ user, url }) {
        await deliver("password reset", passwordResetEmail(await siteName(), user.email, url, RESET_TOKEN_MINUTES));
      },
      async onPasswordReset({ user }, request) {
        audit.notePasswordReset(request, user.id);
        // The one way an ADMIN_EMAILS address becomes an admin by itself: its owner followed a reset link,
        // which also set the password and ended every other session (Better Auth's transaction is over here).
        if (adminEmails.has(user.email.toLowerCase())) await claimAdmin(db, user.id);
      },
    },
    emailVerification: {
      sendOnSignUp: config.requireEmailVerification,
      autoSignInAfterVerification: true,
      async sendVerificationEmail({ user, url }) {
        await deliver("verification", verificationEmail(await siteName(), user.email, url));
      },
    },
    socialProviders: {
      ...(config.socialProviders.github && { github: config.socialProviders.github }),
      ...(config.socialProviders.google && {
        google: { ...config.socialProviders.google, prompt: "select_account" as const },
      }),
    },

    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      cookieCache: { enabled: true, maxAge: SESSION_COOKIE_CACHE_SECONDS },
      // With Redis, sessions are read from Redis but also kept in the database for listings and data export.
      storeSessionInDatabase: true,
    },
    // Reset tokens (and OAuth states) are kept as hashes: a copy of the table opens no account.
    verification: { storeInDatabase: true, storeIdentifier: "hashed" },
    user: { deleteUser: { enabled: true } },

    rateLimit: {
      enabled: true,
      window: 60,
      max: 300,
      // Keyed by the keyed IP hash, never the address (hashedRateLimitStorage).
      customStorage: rateLimitStorage,
      customRules: {
        "/sign-in/*": authLimit,
        "/sign-up/*": authLimit,
        "/request-password-reset": authLimit,
        "/send-verification-email": authLimit,
        "/reset-password": authLimit,
      },
    },
    advanced: {
      // Better Auth skips origin checks when NODE_ENV=test; ours are on everywhere, tests included.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      useSecureCookies: config.secureCookies,
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      ...(backgroundTasks && { backgroundTasks: { handler: backgroundTasks.handler } }),
    },

    // bearer: the `token` of the sign-in answer (or the Set-Auth-Token header) works as
    // `Authorization: Bearer <token>`, for scripts and clients in other languages without a
    // cookie jar. It stands for the session cookie, so the same session rules apply to it.
    // Only signed tokens, as the cookie: the answers carry the signed one (publicAnswer).
    plugins: [admin({ defaultRole: "user", adminRoles: ["admin"] }), bearer({ requireSignature: true })],
    // The admin powers Pagewise does not offer (docs/authentication.md lists those it does).
    disabledPaths: [...DISABLED_ADMIN_PATHS],

    databaseHooks: {
      // A session keeps what the privacy text promises: its network and a coarse device, enough for a
      // reader to recognise their own sessions in the list, never the address or the full User-Agent.
      session: {
        create: { before: async (session) => ({ data: { ...session, ...coarseClient(session) } }) },
        update: { before: async (session) => ({ data: { ...session, ...coarseClient(session) } }) },
      },
      user: {
        create: {
          // No database access here: this runs inside Better Auth's own write. Only a new account
          // whose address a social provider vouches for is promoted at sign-up (no stranger's password
          // comes with it); others claim the role through a password reset (claimAdmin).
          async before(user) {
            const cleaned = { ...user, ...cleanUserText(user) };
            const email = user.email.toLowerCase();
            if (!adminEmails.has(email) || user.emailVerified !== true) return { data: cleaned };
            promotedAtSignUp.add(email);
            return { data: { ...cleaned, role: "admin" } };
          },
        },
        update: { before: async (user) => ({ data: { ...user, ...cleanUserText(user) } }) },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        // Better Auth lets a recently signed-in session delete its account without a password; we always ask.
        if (ctx.path === "/delete-user" && !hasPassword(ctx.body)) {
          throw new APIError("BAD_REQUEST", {
            message: "Enter your password to delete your account.",
            code: "PASSWORD_REQUIRED",
          });
        }
        // Names are cleaned or refused before Better Auth reads them (user-text.ts); the database
        // hooks above clean them again for writes that come from elsewhere (social sign-in).
        const body = bodyWithCleanName(ctx.path, ctx.body);
        await audit.before(ctx);
        if (body !== undefined) return { context: { body } };
      }),
      after: createAuthMiddleware(async (ctx) => {
        await audit.after(ctx);
        const created = ctx.context.newSession?.user;
        if (created !== undefined && promotedAtSignUp.delete(created.email.toLowerCase())) {
          await record({ kind: "role_changed", userId: created.id, actorId: created.id });
        }
        if (ctx.path === "/sign-up/email" || ctx.path === "/sign-in/email") {
          const token = signedSessionToken(ctx.context.responseHeaders, ctx.context.authCookies.sessionToken.name);
          return publicAnswer(ctx.context.returned, { token, withoutRole: ctx.path === "/sign-up/email" }, ctx.json);
        }
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/**
 * The sign-in or sign-up answer as clients get it: its `token` is the signed one, which works as a
 * bearer token (the bare one would not), and at sign-up nothing about privileges is told.
 */
function publicAnswer<R>(
  returned: unknown,
  { token, withoutRole }: { token: string | undefined; withoutRole: boolean },
  json: (body: Record<string, unknown>) => R,
): R | undefined {
  if (typeof returned !== "object" || returned === null || !("user" in returned)) return undefined;
  const { user, ...rest } = returned;
  const shownUser = withoutRole && typeof user === "object" && user !== null && "role" in user ? omitRole(user) : user;
  return json({ ...rest, ...("token" in rest && token !== undefined && { token }), user: shownUser });
}

function omitRole({ role: _role, ...rest }: { role: unknown }) {
  return rest;
}

/** The client fields of a session row, coarsened; fields the write does not set stay unset. */
function coarseClient(session: { ipAddress?: string | null | undefined; userAgent?: string | null | undefined }) {
  return {
    ...(typeof session.ipAddress === "string" && {
      ipAddress: ipNetwork(session.ipAddress, { v4Bits: 24, v6Bits: 48 }) ?? null,
    }),
    ...(typeof session.userAgent === "string" && { userAgent: coarseUserAgent(session.userAgent) }),
  };
}

function hasPassword(body: unknown): boolean {
  if (typeof body !== "object" || body === null || !("password" in body)) return false;
  return typeof body.password === "string" && body.password.length > 0;
}
