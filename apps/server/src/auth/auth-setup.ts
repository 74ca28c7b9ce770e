import { join } from "node:path";
import {
  type Auth,
  createAuth,
  createBackgroundTasks,
  createOutboxMailer,
  createRedisStorage,
  createSmtpMailer,
  grantAdmin,
  type Mailer,
  type RedisStorage,
  resolveAuthSecret,
} from "@pagewise/auth";
import { findProjectRoot, type PagewiseDatabase } from "@pagewise/db";
import type { Config } from "../config";
import { betterAuthLogSink } from "../observability/better-auth-log";
import type { Logger } from "../observability/logger";

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
 * configured, and the Better Auth instance; then makes verified ADMIN_EMAILS admins.
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
  });

  // Only verified addresses: whoever signs up first with an address proves nothing by it.
  const { missing } = await grantAdmin(database.db, authConfig.adminEmails, { verifiedOnly: true });
  if (missing.length > 0)
    log.info(
      `ADMIN_EMAILS: ${missing.length} address(es) have no verified account yet; they become admins once the address is verified.`,
    );

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
