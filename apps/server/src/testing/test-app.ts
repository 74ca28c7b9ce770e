import { randomBytes } from "node:crypto";
import { serve } from "@hono/node-server";
import type { AskedBackground } from "@pagewise/api";
import { type AuthConfig, createAuth, createBackgroundTasks, createOutboxMailer, type Mailer } from "@pagewise/auth";
import type { PagewiseDatabase } from "@pagewise/db";
import type { BookOverrides, RagRuntime } from "@pagewise/rag";
import type { SecondaryStorage } from "better-auth";
import type { Hono } from "hono";
import { createApp } from "../app";
import { siteNameFor } from "../auth/site-name";
import { databaseRateLimitStore } from "../http/rate-limit-store";
import { betterAuthLogSink } from "../observability/better-auth-log";
import type { Logger } from "../observability/logger";
import { createMetrics } from "../observability/metrics";
import { type ClientOptions, TestClient } from "./http-client";

export interface TestAppOptions {
  auth?: Partial<AuthConfig>;
  mailer?: Mailer;
  secondaryStorage?: SecondaryStorage;
  webDistDir?: string;
  /** Turns on the public API's per-IP limit, counted in the database. */
  publicRateLimitPerMinute?: number;
  /** Told of failures that do not fail a request (the auth log, emails). */
  onBackgroundError?: (error: unknown) => void;
  /** The assistant's LLM and embeddings endpoints (e.g. a fake LLM); none: extractive answers. */
  rag?: RagRuntime;
  /** Where the app logs (silent by default). */
  logger?: Logger;
  /** Serves Prometheus metrics at /metrics, to this bearer token (METRICS_TOKEN). */
  metricsToken?: string;
  /** Origin refusals name the trusted origins, as in development (the default here); false as in production. */
  listTrustedOrigins?: boolean;
  /** Whether the app is to say it is indexing the book (main.ts's start-up ingest); not by default. */
  bookIndexing?: () => boolean;
  /** BOOK_TITLE / BOOK_QUESTIONS: none by default (the book names itself). */
  book?: BookOverrides;
  /** PROFILE_BACKGROUNDS: the software background only by default. */
  profileBackgrounds?: readonly AskedBackground[];
  /** The site's routeBasePath as the reader serves it (`/guides`, "" for the root); `/docs` by default. */
  docsRoute?: string;
}

export interface TestApp {
  url: string;
  auth: ReturnType<typeof createAuth>;
  authConfig: AuthConfig;
  /** A new simulated browser with its own cookie jar and client IP. */
  client(options?: ClientOptions): TestClient;
  /** Resolves once the work done after answering (emails) is done. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

let nextClient = 1;

/**
 * The real Hono app, with real Better Auth, listening on a loopback port, the
 * way the server process builds it. TRUST_PROXY is on so that each test client
 * can present its own IP.
 */
export async function startTestApp(
  database: Pick<PagewiseDatabase, "db" | "driver">,
  options: TestAppOptions = {},
): Promise<TestApp> {
  // Listen first: Better Auth needs the base URL, which needs the port.
  let app: Hono | undefined;
  const server = serve({
    fetch: (request, env) => (app ? app.fetch(request, env) : new Response("starting", { status: 503 })),
    port: 0,
    hostname: "127.0.0.1",
  });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the test server has no TCP port");
  const url = `http://127.0.0.1:${address.port}`;

  const authConfig: AuthConfig = {
    secret: randomBytes(32).toString("base64url"),
    baseUrl: url,
    trustedOrigins: [url],
    secureCookies: false,
    requireEmailVerification: false,
    // Most tests sign up and go on signed in, as SIGN_UP_REVEALS_EXISTING_ACCOUNTS=true does; the
    // default (sign-up answers alike, the client signs in after) has tests of its own, and the
    // server process and browser tests run it.
    revealExistingAccounts: true,
    adminEmails: [],
    socialProviders: {},
    authRateLimitPerMinute: 5,
    ...options.auth,
  };
  const backgroundTasks = createBackgroundTasks();
  const auth = createAuth({
    database,
    config: authConfig,
    mailer: options.mailer ?? createOutboxMailer({ db: database.db }),
    secondaryStorage: options.secondaryStorage,
    backgroundTasks,
    onBackgroundError: options.onBackgroundError,
    log: options.logger ? betterAuthLogSink(options.logger) : undefined,
    siteName: siteNameFor(database.db, options.book?.title),
  });
  app = createApp({
    database,
    auth,
    authConfig,
    trustProxy: true,
    webDistDir: options.webDistDir,
    docsRoute: options.docsRoute,
    rag: options.rag,
    logger: options.logger,
    metrics: options.metricsToken === undefined ? undefined : createMetrics(),
    metricsToken: options.metricsToken,
    listTrustedOrigins: options.listTrustedOrigins ?? true,
    bookIndexing: options.bookIndexing,
    book: options.book,
    profileBackgrounds: options.profileBackgrounds,
    publicRateLimit:
      options.publicRateLimitPerMinute === undefined
        ? undefined
        : { store: databaseRateLimitStore(database.db), perMinute: options.publicRateLimitPerMinute },
  });

  return {
    url,
    auth,
    authConfig,
    client: (clientOptions = {}) =>
      new TestClient(url, { ip: `10.0.${(nextClient >> 8) & 255}.${nextClient++ & 255}`, ...clientOptions }),
    settled: () => backgroundTasks.drain(),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await backgroundTasks.drain();
    },
  };
}
