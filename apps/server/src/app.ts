import {
  type AskedBackground,
  appRouter,
  createContext,
  DEFAULT_QUESTION_RETENTION_DAYS,
  errorCodeForStatus,
  internalErrorMessage,
} from "@pagewise/api";
import { type Auth, type AuthConfig, hashIp } from "@pagewise/auth";
import { DEFAULT_DOCS_ROUTE } from "@pagewise/book";
import type { PagewiseDatabase } from "@pagewise/db";
import { type BookOverrides, type BookState, type RagRuntime, readBookReport } from "@pagewise/rag";
import { TRPCError } from "@trpc/server";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { timeout } from "hono/timeout";
import { sql } from "kysely";
import { mountRestApi, REST_BASE_PATH } from "./api/rest-api";
import { createTrpcHandler } from "./api/trpc-handler";
import { mountAuthRoutes } from "./auth/auth-routes";
import { createSessionReader, readVerifiedSession } from "./auth/session-reader";
import { apiError, methodNotAllowed } from "./http/api-error";
import { mountBookAssets } from "./http/book-assets";
import { clientIp } from "./http/client-ip";
import { compression } from "./http/compression";
import { docsRouteConflict } from "./http/docs-route";
import { limitBody } from "./http/limit-body";
import { noStoreWhenSignedIn } from "./http/no-store-when-signed-in";
import { OUTAGE_MESSAGES, outageMessage } from "./http/outage";
import { publicCallCost } from "./http/public-call-cost";
import { rateLimit } from "./http/rate-limit";
import type { RateLimitStore } from "./http/rate-limit-store";
import { rateLimitSubject } from "./http/rate-limit-subject";
import { refuseForeignOrigin } from "./http/refuse-foreign-origin";
import { refuseMalformedUrl } from "./http/refuse-malformed-url";
import { rememberRecent } from "./http/remember-recent";
import { securityHeaders } from "./http/security-headers";
import { loadWebBuild, serveWeb } from "./http/serve-web";
import { mountSitemap } from "./http/sitemap";
import { loadSpaRoutes } from "./http/spa-routes";
import { limitTrpcBatch } from "./http/trpc-batch";
import { trustedCors } from "./http/trusted-cors";
import { createVisitorKeys } from "./http/visitor-key";
import { assistantObserver } from "./observability/assistant-observer";
import { createLogger, type Logger } from "./observability/logger";
import type { Metrics } from "./observability/metrics";
import { mountMetrics } from "./observability/metrics-access";
import { requestLog } from "./observability/request-log";

export const MAX_BODY_BYTES = 64 * 1024;
const API_PATHS = ["/api/*", "/auth/*", "/trpc/*"];

export interface AppDependencies {
  database: Pick<PagewiseDatabase, "db" | "driver">;
  auth: Auth;
  authConfig: Pick<AuthConfig, "socialProviders" | "baseUrl" | "trustedOrigins" | "secret">;
  /** Take the client IP from X-Forwarded-For (TRUST_PROXY=true): only behind a proxy that sets it. */
  trustProxy?: boolean;
  /** The SPA's build to serve at every other path; none in development (Vite serves it). */
  webDistDir?: string | undefined;
  logger?: Logger;
  metrics?: Metrics;
  /** METRICS_TOKEN: /metrics on this app needs it as a bearer token; unset, /metrics is not served here. */
  metricsToken?: string | undefined;
  /** The assistant's LLM and embeddings endpoints; without them answers are extractive. */
  rag?: RagRuntime;
  /** API requests taking longer answer 504 (REQUEST_TIMEOUT_MS; 30 s by default). */
  requestTimeoutMs?: number;
  /** Per-IP limit on the public RAG procedures and the REST mirror (none when unset). */
  publicRateLimit?: { store: RateLimitStore; perMinute: number };
  /** Redis behind Better Auth (REDIS_URL), for /readyz to report. */
  sessionStore?: { reachable(): Promise<boolean> };
  /** BOOK_TITLE / BOOK_QUESTIONS, over what the book says about itself. */
  book?: BookOverrides;
  /** Where the reader serves the book: the site's `routeBasePath` (`/guides`, "" for the root); `/docs` by default. */
  docsRoute?: string;
  /** Where the docs are published (DOCS_SITE_URL, else the site's config): citations then carry the page's address there. */
  docsSiteUrl?: string | undefined;
  /** QUESTION_RETENTION_DAYS: how long the question log is kept (the privacy text says so). */
  questionRetentionDays?: number;
  /** PROFILE_BACKGROUNDS: what the profile asks readers about (the software background by default). */
  profileBackgrounds?: readonly AskedBackground[];
  /** Name the trusted origins when refusing a request for its Origin: in development only (not by default). */
  listTrustedOrigins?: boolean;
  /** Whether this process is indexing DOCS_DIR right now (start-up ingest runs after listening). */
  bookIndexing?: () => boolean;
}

/**
 * The book's part of /readyz: "indexing" while this process brings it up to date (readers get the
 * book as last indexed), "stale" when the last ingest failed, and how many pages could not be rendered.
 */
function bookCheck(book: BookState, indexing: boolean) {
  const state = indexing ? "indexing" : book.report.ingest?.status === "failed" ? "stale" : "current";
  return {
    state,
    ...(book.updatedAt !== null && { indexedAt: book.updatedAt.toISOString() }),
    ...(book.report.ingest?.status === "failed" && { lastIngestError: book.report.ingest.message }),
    failedPages: book.report.failed.length,
  };
}

/** The whole HTTP surface as one Hono app: the same app runs under Node or any fetch runtime. */
export function createApp(dependencies: AppDependencies): Hono {
  const {
    database,
    auth,
    authConfig,
    trustProxy = false,
    webDistDir,
    metrics,
    publicRateLimit,
    rag,
    sessionStore,
    book,
    questionRetentionDays = DEFAULT_QUESTION_RETENTION_DAYS,
    profileBackgrounds,
    listTrustedOrigins = false,
    bookIndexing = () => false,
  } = dependencies;
  const requestTimeoutMs = dependencies.requestTimeoutMs ?? 30_000;
  const logger = dependencies.logger ?? createLogger("silent");
  const app = new Hono();
  const databaseReachable = () =>
    sql`select 1`.execute(database.db).then(
      () => true,
      () => false,
    );

  // Better Auth turns some failures into its own 500s; a health check says which of them were outages.
  const currentOutage = async () => {
    if (!(await databaseReachable())) return OUTAGE_MESSAGES.database;
    if (sessionStore && !(await sessionStore.reachable())) return OUTAGE_MESSAGES.sessionStore;
    return undefined;
  };

  app.use("*", requestLog(logger));
  if (metrics) app.use("*", metrics.middleware);
  app.use("*", refuseMalformedUrl());
  app.use("*", securityHeaders({ https: authConfig.baseUrl.startsWith("https:") }));
  app.use("*", compression());
  for (const path of API_PATHS) {
    app.use(path, noStoreWhenSignedIn());
    app.use(path, trustedCors(authConfig.trustedOrigins));
    app.use(path, timeout(requestTimeoutMs));
    app.use(
      path,
      limitBody(MAX_BODY_BYTES, (c) =>
        apiError(c, "PAYLOAD_TOO_LARGE", `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`),
      ),
    );
  }

  app.use("/trpc/*", limitTrpcBatch());
  const ownAndTrusted = [new URL(authConfig.baseUrl).origin, ...authConfig.trustedOrigins];
  for (const path of ["/trpc/*", "/api/v1/*"])
    app.use(path, refuseForeignOrigin(ownAndTrusted, { listTrusted: listTrustedOrigins }));
  if (publicRateLimit) {
    // The keyed hash the auth log uses: the counters never hold an address.
    const publicClient = rememberRecent((subject) => `public:${hashIp(subject, authConfig.secret)}`);
    app.use(
      "*",
      rateLimit({
        store: publicRateLimit.store,
        limit: publicRateLimit.perMinute,
        windowMs: 60_000,
        clientOf: (c) => {
          const ip = clientIp(c, trustProxy);
          return ip === undefined ? undefined : publicClient(rateLimitSubject(ip));
        },
        applies: (c) => publicCallCost(c) > 0,
        cost: publicCallCost,
        onStoreError: (error) =>
          logger.warn({ err: error }, "rate-limit counters unavailable; counting in this process until they return"),
      }),
    );
  }

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    const [databaseUp, sessionStoreUp, book] = await Promise.all([
      databaseReachable(),
      sessionStore?.reachable(),
      readBookReport(database.db).catch(() => undefined),
    ]);
    const checks = {
      database: databaseUp ? "up" : "down",
      ...(sessionStoreUp !== undefined && { sessionStore: sessionStoreUp ? "up" : "down" }),
      ...(book !== undefined && { book: bookCheck(book, bookIndexing()) }),
    };
    if (!databaseUp) return c.json({ status: "unavailable", ...checks }, 503);
    // A database that has never held a book gets its first one: nothing to serve yet.
    if (book?.indexed === false && bookIndexing()) return c.json({ status: "starting", ...checks }, 503);
    // Without Redis, readers can still read and ask; only sessions fail (503). Taking every process
    // out of the load balancer would turn that into a full outage, so this stays 200, "degraded".
    return c.json({ status: sessionStoreUp === false ? "degraded" : "ready", ...checks });
  });
  if (metrics) mountMetrics(app, metrics, dependencies.metricsToken);

  mountAuthRoutes(app, {
    auth,
    config: authConfig,
    trustProxy,
    outage: currentOutage,
    logger,
    listTrustedOrigins,
  });

  // The daily visitor key of each API request, by request: tRPC's adapters hand createContext the
  // Request alone, while the client's address comes from Hono's context (the socket or the proxy).
  const keysOf = createVisitorKeys(authConfig.secret);
  const clients = new WeakMap<Request, { ip: string | undefined; visitorKey: string }>();
  for (const path of ["/trpc/*", `${REST_BASE_PATH}/*`]) {
    app.use(path, async (c, next) => {
      const ip = clientIp(c, trustProxy);
      clients.set(c.req.raw, { ip, visitorKey: keysOf.visitor(ip, c.req.header("user-agent")) });
      await next();
    });
  }
  const assistant = assistantObserver(logger, metrics);

  // One session read per request: batched tRPC calls share the context.
  const readSession = createSessionReader(auth);
  // Clients get a fixed message and the request id (src/trpc.ts in @pagewise/api); the detail goes here.
  const logProcedureFailure = (error: TRPCError, procedure: string | undefined, reqId: string | undefined) => {
    if (error.code === "INTERNAL_SERVER_ERROR")
      logger.error({ reqId, procedure, err: error.cause ?? error }, "procedure failed");
  };
  // An outage must not pass for "signed out": protected calls would answer 401 instead of 503.
  const unlessOutage = (error: unknown): null => {
    const message = outageMessage(error);
    if (message) throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message, cause: error });
    return null;
  };
  let docsRoute = dependencies.docsRoute ?? DEFAULT_DOCS_ROUTE;
  const conflict = docsRouteConflict(docsRoute, webDistDir === undefined ? () => false : loadSpaRoutes(webDistDir));
  if (conflict !== undefined) {
    logger.warn(`routeBasePath ${docsRoute} is not applied (${conflict}): the reader serves the docs under /docs.`);
    docsRoute = DEFAULT_DOCS_ROUTE;
  }
  // The published site's docs route is the one its config names, whatever the reader here fell back to.
  const docsSite =
    dependencies.docsSiteUrl === undefined
      ? undefined
      : { url: dependencies.docsSiteUrl, route: dependencies.docsRoute ?? DEFAULT_DOCS_ROUTE };
  const contextFor = async (request: Request, requestId: string | undefined) => {
    const session = await readSession(request.headers).catch(unlessOutage);
    const client = clients.get(request);
    return createContext({
      database,
      session,
      verifySession: () => readVerifiedSession(auth, request.headers).catch(unlessOutage),
      auth,
      headers: request.headers,
      rag,
      book,
      requestId,
      visitorKey: client?.visitorKey,
      voterKey: client === undefined ? undefined : keysOf.voter(client.ip, session?.user.id),
      assistant,
      questionRetentionDays,
      profileBackgrounds,
      docsSite,
    });
  };
  const trpc = createTrpcHandler({
    endpoint: "/trpc",
    router: appRouter,
    createContext: ({ req, requestId }) => contextFor(req, requestId),
    onError: ({ error, path, ctx }) => logProcedureFailure(error, path, ctx?.requestId),
  });
  app.on(["GET", "POST"], "/trpc/*", (c) => trpc(c.req.raw, c.get("requestId")));
  app.all("/trpc/*", (c) => methodNotAllowed(c, ["GET", "POST"]));
  mountRestApi(app, {
    baseUrl: authConfig.baseUrl,
    sessionCookieName: async () => (await auth.$context).authCookies.sessionToken.name,
    createContext: contextFor,
    onError: logProcedureFailure,
  });

  // Unknown API paths answer JSON, never the SPA's index.html.
  for (const path of ["/api/*", "/auth/*"]) {
    app.all(path, (c) => apiError(c, "NOT_FOUND", `No route for ${c.req.method} ${c.req.path}`));
  }

  const siteOrigin = new URL(authConfig.baseUrl).origin;
  mountBookAssets(app, database.db);
  mountSitemap(app, database.db, siteOrigin, docsRoute);
  if (webDistDir !== undefined) {
    // The first page's data comes from the same procedures the SPA calls, as a signed-out reader sees them.
    // With the operator's BOOK_TITLE and BOOK_QUESTIONS too: the first HTML's title and the
    // SPA's first docs.book (kept for the whole visit) must name the book as every other call does.
    const caller = () =>
      appRouter.createCaller(createContext({ database, auth, rag, book, questionRetentionDays, profileBackgrounds }));
    serveWeb(app, loadWebBuild(webDistDir, docsRoute), {
      siteOrigin,
      docsRoute,
      caller,
      onError: (error) => logger.error({ err: error }, "a docs page could not be read"),
    });
  }

  // Whatever no route answers (non-GET paths outside /api, anything without the SPA): JSON too.
  app.notFound((c) => apiError(c, "NOT_FOUND", `No route for ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      return apiError(c, errorCodeForStatus(error.status), error.message, { status: error.status });
    }
    if (error instanceof HTTPException && error.status === 504) {
      return apiError(c, "TIMEOUT", "The server took too long to answer. Try again.", { status: 504 });
    }
    const outage = outageMessage(error);
    if (outage) return apiError(c, "SERVICE_UNAVAILABLE", outage);
    logger.error({ reqId: c.get("requestId"), err: error }, "unhandled error");
    return apiError(c, "INTERNAL_SERVER_ERROR", internalErrorMessage(c.get("requestId")));
  });
  return app;
}
