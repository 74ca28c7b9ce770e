import { join } from "node:path";
import {
  type Auth,
  createAuth,
  createBackgroundTasks,
  createOutboxMailer,
  createRedisStorage,
  createSmtpMailer,
  type Mailer,
  type RedisStorage,
  resolveAuthSecret,
} from "@pagewise/auth";
import { findProjectRoot, type PagewiseDatabase } from "@pagewise/db";
import type { Config } from "../config";
import { betterAuthLogSink } from "../observability/better-auth-log";
import type { Logger } from "../observability/logger";
import { siteNameFor } from "./site-name";

export interface AuthRuntime {
  auth: Auth;
  authConfig: Config["auth"] & { secret: string };
  mailer: Mailer;
  redis: RedisStorage | undefined;
  close(): Promise<void>;
}

/**
 * Builds authentication from the validated configuration: the secret (generated
 * once in development), the mailer (SMTP, or the development outbox), Redis when
 * configured, and the Better Auth instance; then says which ADMIN_EMAILS are not admins yet.
 */
export async function setUpAuth(
  config: Config,
  database: Pick<PagewiseDatabase, "db">,
  log: { info(line: string): void; warn(line: string): void },
  onAuthEvent?: (kind: string) => void,
  logger?: Logger,
): Promise<AuthRuntime> {
  const resolved = resolveAuthSecret({
    secret: config.auth.secret,
    production: config.production,
    devSecretFile: join(findProjectRoot(), ".data", "auth-secret"),
  });
  if (resolved.generatedAt) {
    log.info(`BETTER_AUTH_SECRET is not set: using a development secret kept in ${resolved.generatedAt}.`);
  }
  const authConfig = { ...config.auth, secret: resolved.secret };

  const mailer = config.mail.smtpUrl
    ? createSmtpMailer({ url: config.mail.smtpUrl, from: config.mail.from })
    : // Only a developer's own terminal gets the mail text (its links carry tokens); never tests or production logs.
      createOutboxMailer({ db: database.db, log: config.nodeEnv === "development" ? log.info : undefined });
  if (mailer.transport === "outbox") {
    log.info(
      config.production
        ? "SMTP_URL is not set: emails (password resets, verification) are only stored in the mail_outbox table."
        : `SMTP_URL is not set: emails go to the development outbox (the mail_outbox table${config.nodeEnv === "development" ? ", and this log" : ""}).`,
    );
  }

  const backgroundTasks = createBackgroundTasks();
  const redis = config.redisUrl ? createRedisStorage(config.redisUrl, `${config.redisKeyPrefix}auth:`) : undefined;
  const auth = createAuth({
    database,
    config: authConfig,
    mailer,
    secondaryStorage: redis?.storage,
    backgroundTasks,
    onAuthEvent,
    log: logger ? betterAuthLogSink(logger) : undefined,
    onBackgroundError: (error) => log.warn(error instanceof Error ? error.message : String(error)),
    siteName: siteNameFor(database.db, config.book.title),
  });

  await reportUnclaimedAdmins(database.db, authConfig.adminEmails, log);

  return {
    auth,
    authConfig,
    mailer,
    redis,
    async close() {
      // Emails accepted before the shutdown are sent before the mailer closes.
      await backgroundTasks.drain();
      await mailer.close();
      await redis?.close();
    },
  };
}

/**
 * ADMIN_EMAILS addresses that are not admins yet, said at start-up. An address
 * proves nothing by being signed up with (a stranger may have done it first), so
 * its owner claims the role through a password reset; the server still starts,
 * or anyone could keep it down by signing up with an admin's address.
 */
async function reportUnclaimedAdmins(
  db: PagewiseDatabase["db"],
  adminEmails: readonly string[],
  log: Pick<Logger, "info" | "warn">,
): Promise<void> {
  if (adminEmails.length === 0) return;
  const accounts = await db
    .selectFrom("user")
    .select(["email", "emailVerified", "role"])
    .where("email", "in", [...adminEmails])
    .execute();
  const unclaimed = adminEmails.length - accounts.filter((account) => account.role === "admin").length;
  if (unclaimed > 0) {
    log.info(
      `ADMIN_EMAILS: ${unclaimed} address(es) are not admins yet. The owner signs up (or signs in with GitHub/Google) and sets the password through "Forgot password?"; or run npm run admin -- grant <email>.`,
    );
  }
  const unverified = accounts.filter((account) => account.role !== "admin" && !account.emailVerified).length;
  if (unverified > 0) {
    log.warn(
      `ADMIN_EMAILS: ${unverified} address(es) belong to a sign-up whose address was never verified, perhaps not by its owner. It gets no admin role unless its owner resets the password, which signs out every other session.`,
    );
  }
}
