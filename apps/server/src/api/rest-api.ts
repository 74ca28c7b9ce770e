import { createRequire } from "node:module";
import { dirname } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { appRouter, type Context, clientFacingError, restOperations } from "@pagewise/api";
import type { TRPCError } from "@trpc/server";
import type { Hono } from "hono";
import { createOpenApiFetchHandler } from "trpc-to-openapi";
import { apiError, methodNotAllowed } from "../http/api-error";
import { buildOpenApiDocument, type OpenApiDocument } from "./openapi-document";

export const REST_BASE_PATH = "/api/v1";

export interface RestApiOptions {
  baseUrl: string;
  /** Better Auth's session cookie name (it depends on its configuration: `__Secure-` under https). */
  sessionCookieName: () => Promise<string>;
  createContext: (request: Request, requestId: string | undefined) => Promise<Context>;
  onError?: (error: TRPCError, procedure: string | undefined, requestId: string | undefined) => void;
}

/**
 * The REST mirror of the procedures that carry OpenAPI metadata (for clients
 * that are not TypeScript), its OpenAPI 3 document, and a browsable reference.
 * Same procedures, so the same access rules and validation; errors in the
 * documented shape (`ErrorBody`), not trpc-to-openapi's own.
 */
export function mountRestApi(app: Hono, { baseUrl, sessionCookieName, createContext, onError }: RestApiOptions): void {
  let document: Promise<OpenApiDocument> | undefined;
  const openApiDocument = () => {
    document ??= sessionCookieName().then((name) =>
      buildOpenApiDocument({ baseUrl, restBasePath: REST_BASE_PATH, sessionCookieName: name }),
    );
    return document;
  };
  app.get("/api/openapi.json", async (c) => c.json(await openApiDocument()));
  app.all("/api/openapi.json", (c) => methodNotAllowed(c, ["GET", "HEAD"]));
  mountReference(app);

  const methodsByPath = new Map<string, string[]>();
  for (const { path, method } of restOperations()) {
    const methods = methodsByPath.get(path) ?? [];
    methods.push(method, ...(method === "GET" ? ["HEAD"] : []));
    methodsByPath.set(path, methods);
  }

  app.all(`${REST_BASE_PATH}/*`, async (c) => {
    const path = c.req.path.slice(REST_BASE_PATH.length).replace(/(?<=.)\/+$/, "");
    const methods = methodsByPath.get(path);
    if (!methods) return apiError(c, "NOT_FOUND", `No route for ${c.req.method} ${c.req.path}`);
    if (!methods.includes(c.req.method)) return methodNotAllowed(c, methods);
    const requestId = c.get("requestId");
    // trpc-to-openapi answers every HEAD with an empty 204; a HEAD is a GET without the body (Hono drops it).
    const req = c.req.method === "HEAD" ? new Request(c.req.raw, { method: "GET" }) : c.req.raw;
    let failure: TRPCError | undefined;
    const response = await createOpenApiFetchHandler({
      endpoint: REST_BASE_PATH,
      req,
      router: appRouter,
      createContext: () => createContext(c.req.raw, requestId),
      onError: ({ error, path }) => {
        failure = error;
        onError?.(error, path, requestId);
      },
    });
    if (failure === undefined || response.ok) return response;
    const { message, fieldErrors } = clientFacingError(failure, requestId);
    return apiError(c, failure.code, message, { status: response.status, ...(fieldErrors && { fieldErrors }) });
  });
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
  for (const path of [
    "/api/docs",
    "/api/docs/init.js",
    ...REFERENCE_ASSETS.map((file) => `/api/docs/assets/${file}`),
  ]) {
    app.all(path, (c) => methodNotAllowed(c, ["GET", "HEAD"]));
  }
}
