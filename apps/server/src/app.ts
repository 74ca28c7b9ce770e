import { appRouter, createContext } from "@pagewise/api";
import type { Auth, AuthConfig } from "@pagewise/auth";
import type { PagewiseDatabase } from "@pagewise/db";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { sql } from "kysely";
import { mountAuthRoutes } from "./auth-routes";
import { mountRestApi } from "./rest-api";
import { serveWeb } from "./serve-web";

export const MAX_BODY_BYTES = 64 * 1024;

export interface AppDependencies {
  database: Pick<PagewiseDatabase, "db" | "driver">;
  auth: Auth;
  authConfig: Pick<AuthConfig, "socialProviders" | "baseUrl">;
  /** Take the client IP from X-Forwarded-For (TRUST_PROXY=true): only behind a proxy that sets it. */
  trustProxy?: boolean;
  /** The SPA's build to serve at every other path; none in development (Vite serves it). */
  webDistDir?: string | undefined;
}

/** The whole HTTP surface as one Hono app: the same app runs under Node or any fetch runtime. */
export function createApp({ database, auth, authConfig, trustProxy = false, webDistDir }: AppDependencies): Hono {
  const app = new Hono();

  app.get("/healthz", (c) => c.json({ status: "ok" }));

  app.get("/readyz", async (c) => {
    try {
      await sql`select 1`.execute(database.db);
      return c.json({ status: "ready", database: "up" });
    } catch {
      return c.json({ status: "unavailable", database: "down" }, 503);
    }
  });

  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      c.json(
        { error: { code: "PAYLOAD_TOO_LARGE", message: `Request bodies are limited to ${MAX_BODY_BYTES} bytes` } },
        413,
      ),
  });
  for (const path of ["/api/*", "/auth/*", "/trpc/*"]) app.use(path, limitBody);

  mountAuthRoutes(app, { auth, config: authConfig, trustProxy });

  // One session read per request: batched tRPC calls share the context.
  const contextFor = async (request: Request) => {
    const session = await auth.api.getSession({ headers: request.headers }).catch(() => null);
    return createContext({ database, session, auth, headers: request.headers });
  };
  app.all("/trpc/*", (c) =>
    fetchRequestHandler({
      endpoint: "/trpc",
      req: c.req.raw,
      router: appRouter,
      createContext: ({ req }) => contextFor(req),
    }),
  );
  mountRestApi(app, authConfig.baseUrl, contextFor);

  // Unknown API paths answer JSON, never the SPA's index.html.
  app.all("/api/*", (c) => c.json({ error: { code: "NOT_FOUND", message: `No route for ${c.req.path}` } }, 404));

  if (webDistDir !== undefined) serveWeb(app, webDistDir);
  return app;
}
