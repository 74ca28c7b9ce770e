import { createRequire } from "node:module";
import { dirname } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { appRouter, type Context } from "@pagewise/api";
import type { TRPCError } from "@trpc/server";
import type { Hono } from "hono";
import { createOpenApiFetchHandler, generateOpenApiDocument } from "trpc-to-openapi";

export const REST_BASE_PATH = "/api/v1";

/**
 * The REST mirror of the procedures that carry OpenAPI metadata (for clients
 * that are not TypeScript), its OpenAPI 3 document, and a browsable reference.
 * Same procedures, so the same access rules, validation and errors.
 */
export function mountRestApi(
  app: Hono,
  baseUrl: string,
  createContext: (request: Request, requestId: string | undefined) => Promise<Context>,
  onError?: (error: TRPCError, procedure: string | undefined, requestId: string | undefined) => void,
): void {
  const document = generateOpenApiDocument(appRouter, {
    title: "Pagewise API",
    description:
      "REST mirror of Pagewise's tRPC procedures. Authenticate with the session cookie from POST /auth/signin (or /api/auth/sign-in/email), or send its `token` as `Authorization: Bearer <token>`.",
    version: "1.0.0",
    baseUrl: `${baseUrl}${REST_BASE_PATH}`,
    securitySchemes: {
      sessionCookie: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
      bearerToken: { type: "http", scheme: "bearer" },
    },
  });

  app.get("/api/openapi.json", (c) => c.json(document));
  mountReference(app);

  app.all(`${REST_BASE_PATH}/*`, (c) =>
    createOpenApiFetchHandler({
      endpoint: REST_BASE_PATH,
      req: c.req.raw,
      router: appRouter,
      createContext: () => createContext(c.req.raw, c.get("requestId")),
      onError: ({ error, path }) => onError?.(error, path, c.get("requestId")),
    }),
  );
}

const REFERENCE_ASSETS = ["swagger-ui.css", "swagger-ui-bundle.js"] as const;

// Swagger UI from its npm package, served by us: no CDN, and no inline script, so it works under a strict CSP.
function mountReference(app: Hono): void {
  const swaggerUiDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  app.get("/api/docs", (c) =>
    c.html(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Pagewise API reference</title>
    <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
    <script src="/api/docs/init.js"></script>
  </body>
</html>`),
  );
  app.get("/api/docs/init.js", (c) =>
    c.body('window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui" });', 200, {
      "Content-Type": "text/javascript; charset=utf-8",
    }),
  );
  // Only the two files the page loads: the package's README, package.json and the rest stay unserved (JSON 404).
  const assets = serveStatic({
    root: swaggerUiDir,
    rewriteRequestPath: (path) => path.replace(/^\/api\/docs\/assets/, ""),
  });
  for (const file of REFERENCE_ASSETS) app.get(`/api/docs/assets/${file}`, assets);
}
