import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { AuthSecretError } from "@pagewise/auth";
import { SiteDirError } from "@pagewise/book";
import { createDatabase, migrateToLatest } from "@pagewise/db";
import { createApp } from "./app";
import { scheduleQuestionLogPruning } from "./assistant/question-log-pruning";
import { scheduleAuthEventPruning } from "./auth/auth-event-pruning";
import { setUpAuth } from "./auth/auth-setup";
import { resolveBookSource } from "./book-source";
import { ConfigError, loadConfig } from "./config";
import { closeGracefully, trackInFlight } from "./http/graceful-shutdown";
import { databaseRateLimitStore, memoryRateLimitStore, redisRateLimitStore } from "./http/rate-limit-store";
import { ingestDocsAtStartup, warmSearchIndex } from "./ingest-docs";
import { loadEnvFile } from "./load-env-file";
import { createLogger } from "./observability/logger";
import { createMetrics } from "./observability/metrics";
import { metricsOnlyApp } from "./observability/metrics-access";

// Both the bundle (apps/server/dist) and the source (apps/server/src) sit two levels below apps/.
const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));
/** Clients counted at once with the embedded database; past this the quietest are forgotten first. */
const EMBEDDED_RATE_LIMIT_KEYS = 100_000;

const logger = createLogger(process.env.LOG_LEVEL ?? "info");
const log = (line: string) => logger.info(line);

async function main(): Promise<void> {
  const envFile = loadEnvFile();
  if (envFile) log(`Read settings from ${envFile}`);
  const config = loadConfig();
  if (config.rag.llm) log(`Answers are written by ${config.rag.llm.model} at ${config.rag.llm.baseUrl}.`);
  if (config.rag.embeddings) log(`Retrieval adds semantic search with ${config.rag.embeddings.model}.`);
  // Before the database opens: a SITE_DIR that names no site is a setting to fix, not a state to serve.
  const bookSource = await resolveBookSource(config, log);

  const database = await createDatabase(config.database.url, config.database);
  log(`Database: ${database.description} (driver: ${database.driver})`);
  if (config.database.migrateOnStart) {
    const { applied } = await migrateToLatest(database.db);
    for (const name of applied) log(`Applied migration ${name}`);
  }

  const metrics = createMetrics(database.poolStats);
  let indexing = true;
  let stopping = false;
  const authRuntime = await setUpAuth(
    config,
    database,
    { info: log, warn: (line) => logger.warn(line) },
    metrics.countAuthEvent,
    logger,
  );
  const stopPruning = scheduleAuthEventPruning(database.db, config.auth.eventRetentionDays, log);
  const stopQuestionPruning = scheduleQuestionLogPruning(database.db, config.questionRetentionDays, log);

  // An embedded database belongs to this one process (PGlite locks its
  // directory), so no other process could share its counters: in memory they
  // are the same limit, without two queries on every public request.
  const rateLimitStore = config.redisUrl
    ? redisRateLimitStore(config.redisUrl, `${config.redisKeyPrefix}rate:`)
    : database.driver === "pglite"
      ? memoryRateLimitStore(EMBEDDED_RATE_LIMIT_KEYS)
      : databaseRateLimitStore(database.db);

  const webDistDir = config.webDistDir ?? DEFAULT_WEB_DIST;
  const servesWeb = existsSync(webDistDir);
  if (!servesWeb) log(`No web build at ${webDistDir}: serving the API only (run \`npm run build\`).`);

  const app = createApp({
    database,
    auth: authRuntime.auth,
    authConfig: authRuntime.authConfig,
    trustProxy: config.trustProxy,
    webDistDir: servesWeb ? webDistDir : undefined,
    logger,
    metrics,
    metricsToken: config.metrics.token,
    publicRateLimit: { store: rateLimitStore, perMinute: config.publicRateLimitPerMinute },
    requestTimeoutMs: config.requestTimeoutMs,
    sessionStore: authRuntime.redis,
    rag: { ...config.rag, logger: { warn: (message, details) => logger.warn(details ?? {}, message) } },
    book: config.book,
    docsRoute: bookSource.docsRoute,
    docsSiteUrl: bookSource.siteUrl,
    questionRetentionDays: config.questionRetentionDays,
    profileBackgrounds: config.profileBackgrounds,
    listTrustedOrigins: config.nodeEnv === "development",
    bookIndexing: () => indexing,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
    log(`Pagewise is listening on http://${host}:${info.port}`);
  });
  const inFlight = trackInFlight(server);

  // Readers are served the book as last indexed while it is brought up to date; /readyz says
  // "starting" only while a database that has never held a book gets its first one.
  const ingestLogger = {
    info: log,
    warn: (line: string) => logger.warn(line),
    error: (line: string) => (stopping ? log(`Indexing stopped by the shutdown (${line})`) : logger.error(line)),
    debug: (details: object, line: string) => logger.debug(details, line),
  };
  void ingestDocsAtStartup(database.db, bookSource.docsDir, ingestLogger, {
    embeddings: config.rag.embeddings,
    staticDir: bookSource.staticDir,
    siteUrl: bookSource.siteUrl,
    siteDir: bookSource.siteDir,
    versions: bookSource.versions,
  })
    .then(() => warmSearchIndex(database.db, ingestLogger))
    .finally(() => {
      indexing = false;
    });

  const metricsServer =
    config.metrics.port === undefined
      ? undefined
      : serve({ fetch: metricsOnlyApp(metrics).fetch, port: config.metrics.port, hostname: config.host }, (info) =>
          log(`Metrics are served on port ${info.port} (/metrics).`),
        );
  if (!metricsServer && config.metrics.token === undefined)
    log("Neither METRICS_PORT nor METRICS_TOKEN is set: /metrics is not served.");

  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: finishing requests in flight, then closing the database.`);
    stopPruning();
    stopQuestionPruning();
    metricsServer?.close();
    closeGracefully(
      server,
      async () => {
        await authRuntime.close();
        await rateLimitStore.close();
        await database.close();
      },
      {
        graceMs: config.shutdownGraceMs,
        inFlight,
        onCut: ({ method, elapsedMs }) =>
          logger.warn({ method, elapsedMs, graceMs: config.shutdownGraceMs }, "request cut at shutdown"),
      },
    ).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  // Configuration and database errors carry their own instructions; anything else gets its stack.
  const known =
    error instanceof ConfigError ||
    error instanceof SiteDirError ||
    error instanceof AuthSecretError ||
    (error instanceof Error && error.name.startsWith("Database"));
  // Start-up failures are read by a person at a terminal: plain text, with the instructions the error carries.
  console.error(known && error instanceof Error ? error.message : error);
  process.exit(1);
});
