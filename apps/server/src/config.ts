import { profileBackgroundsSetting } from "@pagewise/api";
import { RAG_VARIABLES, RagConfigError, type RagRuntime, ragRuntimeFromEnv } from "@pagewise/rag";
import { z } from "zod";

/** A bad or missing environment variable; start-up prints it and exits. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";

  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
}

/** Never echoed back in an error: they hold passwords or keys. */
const SECRET_VARIABLES = new Set([
  "DATABASE_URL",
  "NEON_WS_PROXY",
  "BETTER_AUTH_SECRET",
  "SMTP_URL",
  "REDIS_URL",
  "GITHUB_CLIENT_SECRET",
  "GOOGLE_CLIENT_SECRET",
  "LLM_API_KEY",
  "EMBEDDINGS_API_KEY",
  "METRICS_TOKEN",
]);

const booleanFlag = z
  .enum(["true", "false", "1", "0"], { error: 'must be "true" or "false"' })
  .transform((value) => value === "true" || value === "1");

const origin = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).transform((url) => new URL(url).origin);

const commaList = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);

const environment = z
  .object({
    NODE_ENV: z
      .enum(["development", "production", "test"], { error: 'must be "development", "production" or "test"' })
      .default("development"),
    PORT: wholeNumber(0, 65535).default(3000),
    HOST: z.string().min(1).default("0.0.0.0"),
    DATABASE_URL: z.string().optional(),
    DATABASE_DRIVER: z.enum(["pg", "neon"], { error: 'must be "pg" or "neon" (or unset)' }).optional(),
    NEON_WS_PROXY: z.string().optional(),
    MIGRATE_ON_START: booleanFlag.default(true),
    WEB_DIST_DIR: z.string().optional(),
    SITE_DIR: z.string().optional(),
    DOCS_DIR: z.string().optional(),
    DOCS_STATIC_DIR: z.string().optional(),
    DOCS_SITE_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
    BOOK_TITLE: z.string().max(200, "must be at most 200 characters").optional(),
    BOOK_QUESTIONS: z
      .string()
      .optional()
      .transform((value) =>
        value === undefined
          ? undefined
          : value
              .split("|")
              .map((item) => item.trim())
              .filter(Boolean),
      )
      .pipe(
        z
          .array(z.string().max(300, "each question must be at most 300 characters"))
          .max(12, "must list at most 12 questions")
          .optional(),
      ),
    // What the profile asks readers about; "software" suits a software book (docs/configuration.md).
    PROFILE_BACKGROUNDS: z.string().default("software").pipe(profileBackgroundsSetting),

    BETTER_AUTH_SECRET: z.string().optional(),
    BETTER_AUTH_URL: origin.optional(),
    BETTER_AUTH_TRUSTED_ORIGINS: commaList.pipe(z.array(origin)),
    REQUIRE_EMAIL_VERIFICATION: booleanFlag.default(false),
    SIGN_UP_REVEALS_EXISTING_ACCOUNTS: booleanFlag.default(false),
    ADMIN_EMAILS: commaList.pipe(z.array(z.email({ error: "must be a comma-separated list of emails" }))),
    AUTH_RATE_LIMIT_PER_MINUTE: wholeNumber(1, 10_000).default(5),
    AUTH_EVENT_RETENTION_DAYS: wholeNumber(1, 3650).default(90),
    RAG_RATE_LIMIT_PER_MINUTE: wholeNumber(1, 1_000_000).default(60),
    QUESTION_RETENTION_DAYS: wholeNumber(1, 3650).default(30),
    REQUEST_TIMEOUT_MS: wholeNumber(100, 600_000).default(30_000),
    SHUTDOWN_GRACE_MS: wholeNumber(0, 900_000).optional(),
    TRUST_PROXY: booleanFlag.default(false),
    METRICS_PORT: wholeNumber(1, 65535).optional(),
    METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
    MAIL_FROM: z.string().optional(),
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
    REDIS_KEY_PREFIX: z
      .string()
      .regex(/^[\w:.-]{1,64}$/, { error: "must be 1-64 letters, digits, or _ : . -" })
      .default("pagewise:"),
    GITHUB_CLIENT_ID: z.string().optional(),
    GITHUB_CLIENT_SECRET: z.string().optional(),
    GOOGLE_CLIENT_ID: z.string().optional(),
    GOOGLE_CLIENT_SECRET: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.SITE_DIR !== undefined && env.DOCS_DIR !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["SITE_DIR"],
        message:
          "and DOCS_DIR are both set: set SITE_DIR to the folder holding docusaurus.config.* (its config names the docs folder), or DOCS_DIR to the docs folder, not both",
      });
    }
    // Development mode logs live reset links and trusts the Vite dev server's origin: it is for a
    // developer's own machine. A public BETTER_AUTH_URL with it is a deployment that forgot NODE_ENV.
    if (env.SHUTDOWN_GRACE_MS !== undefined && env.SHUTDOWN_GRACE_MS < env.REQUEST_TIMEOUT_MS) {
      ctx.addIssue({
        code: "custom",
        path: ["SHUTDOWN_GRACE_MS"],
        message: `must be at least REQUEST_TIMEOUT_MS (${env.REQUEST_TIMEOUT_MS}), or requests still within their time are cut at shutdown`,
      });
    }
    if (env.NODE_ENV === "development" && env.BETTER_AUTH_URL !== undefined && !isLoopback(env.BETTER_AUTH_URL)) {
      ctx.addIssue({
        code: "custom",
        path: ["NODE_ENV"],
        message: `is "development" (the default), which is only for a loopback BETTER_AUTH_URL (localhost, 127.0.0.1, ::1), not ${env.BETTER_AUTH_URL}: set NODE_ENV=production`,
      });
    }
    for (const provider of ["GITHUB", "GOOGLE"] as const) {
      const id = env[`${provider}_CLIENT_ID`];
      const secret = env[`${provider}_CLIENT_SECRET`];
      if ((id === undefined) !== (secret === undefined)) {
        const missing = id === undefined ? `${provider}_CLIENT_ID` : `${provider}_CLIENT_SECRET`;
        ctx.addIssue({
          code: "custom",
          path: [missing],
          message: `is needed too: set both ${provider}_CLIENT_ID and ${provider}_CLIENT_SECRET, or neither`,
        });
      }
    }
  });

/**
 * Every variable the server reads: `.env.example` and docs/configuration.md list each one (a test
 * checks). LOG_LEVEL is read before the rest, by the logger that reports a bad configuration.
 */
export const SERVER_VARIABLES: readonly string[] = [...Object.keys(environment.shape), "LOG_LEVEL", ...RAG_VARIABLES];

function isLoopback(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}

export type Config = ReturnType<typeof toConfig> & {
  /** The assistant's optional LLM and embeddings endpoints (LLM_*, EMBEDDINGS_*). */
  rag: RagRuntime;
};

// The Vite dev server's origin: its proxy forwards the browser's Origin header.
const VITE_DEV_ORIGIN = "http://localhost:5173";

function toConfig(env: z.infer<typeof environment>) {
  const production = env.NODE_ENV === "production";
  const baseUrl = env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`;
  const credentials = (id: string | undefined, secret: string | undefined) =>
    id !== undefined && secret !== undefined ? { clientId: id, clientSecret: secret } : undefined;
  return {
    nodeEnv: env.NODE_ENV,
    production,
    port: env.PORT,
    host: env.HOST,
    trustProxy: env.TRUST_PROXY,
    database: {
      url: env.DATABASE_URL,
      driver: env.DATABASE_DRIVER,
      neonWsProxy: env.NEON_WS_PROXY,
      migrateOnStart: env.MIGRATE_ON_START,
    },
    webDistDir: env.WEB_DIST_DIR,
    /** The Docusaurus site whose book to answer from: its config names the docs folder. */
    siteDir: env.SITE_DIR,
    /** The book to answer from; unset (and no SITE_DIR) means the project's own user guide (docs/). */
    docsDir: env.DOCS_DIR,
    /** The book's static folder (`/img/…`); unset: `static` beside the docs folder, when there is one. */
    docsStaticDir: env.DOCS_STATIC_DIR,
    /** The published site: links to its non-docs pages (`/blog`) point there instead of being reported. */
    docsSiteUrl: env.DOCS_SITE_URL?.replace(/\/+$/, ""),
    /** What readers see as the book's title and suggested questions, over what the book says. */
    book: { title: env.BOOK_TITLE, questions: env.BOOK_QUESTIONS },
    /** The backgrounds the profile asks about, in order, with their hints' examples. */
    profileBackgrounds: env.PROFILE_BACKGROUNDS,
    redisUrl: env.REDIS_URL,
    /** Starts every Redis key, so deployments (or test runs) can share one Redis. */
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    /** How long a shutdown waits for requests in flight: by default the request timeout plus 5 s. */
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS ?? env.REQUEST_TIMEOUT_MS + 5_000,
    /** Where /metrics is served: its own port (internal), and/or the app's port behind a bearer token. */
    metrics: { port: env.METRICS_PORT, token: env.METRICS_TOKEN },
    /** Per-IP limit on the public assistant procedures and the REST mirror. */
    publicRateLimitPerMinute: env.RAG_RATE_LIMIT_PER_MINUTE,
    /** Days the assistant's questions and the votes on them are kept, then deleted. */
    questionRetentionDays: env.QUESTION_RETENTION_DAYS,
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    auth: {
      /** Resolved at start-up: in development a missing secret is generated (see resolveAuthSecret). */
      secret: env.BETTER_AUTH_SECRET,
      baseUrl,
      trustedOrigins: [
        ...new Set([baseUrl, ...env.BETTER_AUTH_TRUSTED_ORIGINS, ...(production ? [] : [VITE_DEV_ORIGIN])]),
      ],
      secureCookies: production || baseUrl.startsWith("https:"),
      requireEmailVerification: env.REQUIRE_EMAIL_VERIFICATION,
      revealExistingAccounts: env.SIGN_UP_REVEALS_EXISTING_ACCOUNTS,
      adminEmails: env.ADMIN_EMAILS.map((email) => email.toLowerCase()),
      socialProviders: {
        github: credentials(env.GITHUB_CLIENT_ID, env.GITHUB_CLIENT_SECRET),
        google: credentials(env.GOOGLE_CLIENT_ID, env.GOOGLE_CLIENT_SECRET),
      },
      authRateLimitPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
      eventRetentionDays: env.AUTH_EVENT_RETENTION_DAYS,
    },
  };
}

/**
 * The server's whole configuration, validated once at start-up. Every problem
 * is reported at once, each naming its variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty or blank variable means "not set", as with `VAR= cmd` in a shell.
  const present = Object.fromEntries(
    Object.entries(env).flatMap(([name, value]) =>
      value === undefined || value.trim() === "" ? [] : [[name, value.trim()]],
    ),
  );
  const parsed = environment.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "");
        const value = present[name];
        const shown = value === undefined || SECRET_VARIABLES.has(name) ? "" : ` (got "${value}")`;
        return `${name} ${issue.message}${shown}`;
      }),
    );
  }
  let rag: RagRuntime;
  try {
    rag = ragRuntimeFromEnv(present);
  } catch (error) {
    if (error instanceof RagConfigError) throw new ConfigError([error.message]);
    throw error;
  }
  return { ...toConfig(parsed.data), rag };
}
