import { createRequire } from "node:module";
import { dirname } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { appRouter, type Context, clientFacingError, type RestOperation, restOperations } from "@pagewise/api";
import { callTRPCProcedure, getTRPCErrorFromUnknown, TRPCError } from "@trpc/server";
import type { Hono, Context as HonoContext } from "hono";
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
 * documented shape (`ErrorBody`).
 *
 * trpc-to-openapi writes the document; the calls go straight to the procedure
 * (tRPC's `callTRPCProcedure`, what its handler does too). Its handler was
 * rebuilt on every request (a third of a small call's cost), and it marks
 * the number and boolean fields of input schemas as coercing, for every
 * caller of the procedure, tRPC's included. Every operation is a POST with a
 * JSON body or a GET, which is all the mirror has to read.
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
  const operations = new Map<string, RestOperation>();
  for (const operation of restOperations()) {
    const methods = methodsByPath.get(operation.path) ?? [];
    methods.push(operation.method, ...(operation.method === "GET" ? ["HEAD"] : []));
    methodsByPath.set(operation.path, methods);
    operations.set(`${operation.method} ${operation.path}`, operation);
  }

  app.all(`${REST_BASE_PATH}/*`, async (c) => {
    const path = c.req.path.slice(REST_BASE_PATH.length).replace(/(?<=.)\/+$/, "");
    const methods = methodsByPath.get(path);
    if (!methods) return apiError(c, "NOT_FOUND", `No route for ${c.req.method} ${c.req.path}`);
    // A HEAD is a GET without the body (Hono drops it).
    const operation = operations.get(`${c.req.method === "HEAD" ? "GET" : c.req.method} ${path}`);
    if (!operation) return methodNotAllowed(c, methods);
    const requestId = c.get("requestId");
    try {
      const input = operation.method === "GET" ? queryInput(c.req.url) : await jsonBody(c);
      const ctx = await createContext(c.req.raw, requestId);
      const data = await callTRPCProcedure({
        router: appRouter,
        path: operation.procedure,
        type: operation.type,
        getRawInput: async () => input,
        ctx,
        signal: c.req.raw.signal,
        batchIndex: 0,
      });
      return c.json(data ?? null);
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      onError?.(error, operation.procedure, requestId);
      const { message, fieldErrors } = clientFacingError(error, requestId);
      return apiError(c, error.code, message, fieldErrors && { fieldErrors });
    }
  });
}

/** A GET operation's input: its query parameters, as strings (none of ours takes any). */
function queryInput(url: string): Record<string, string> | undefined {
  const params = new URL(url).searchParams;
  return params.size === 0 ? undefined : Object.fromEntries(params);
}

/** A POST operation's input: its JSON body, or the error a client can act on. */
async function jsonBody(c: HonoContext): Promise<unknown> {
  const type = c.req.header("content-type");
  if (!type?.toLowerCase().startsWith("application/json")) {
    throw new TRPCError({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: type ? `Unsupported content-type "${type}"` : "Missing content-type header",
    });
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new TRPCError({ code: "PARSE_ERROR", message: "Failed to parse request body", cause });
  }
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
