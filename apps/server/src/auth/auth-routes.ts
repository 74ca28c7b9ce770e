import { internalErrorMessage } from "@pagewise/api";
import type { AuthConfig } from "@pagewise/auth";
import { AUTH_BASE_PATH, type Auth, CLIENT_IP_HEADER, enabledSocialProviders } from "@pagewise/auth";
import type { Context, Hono } from "hono";
import { apiError, methodNotAllowed } from "../http/api-error";
import { clientIp } from "../http/client-ip";
import { refuseControlCharacters } from "../http/refuse-control-characters";
import type { Logger } from "../observability/logger";
import { inErrorShape } from "./better-auth-error";
import { explainOriginRefusal } from "./explain-origin-refusal";
import { allowedMethods, ORIGINAL_AUTH_PATHS, type OriginalAuthPath } from "./original-paths";

export interface AuthRoutesOptions {
  auth: Auth;
  config: Pick<AuthConfig, "socialProviders" | "baseUrl" | "trustedOrigins">;
  trustProxy: boolean;
  /** After a 5xx from Better Auth: what is down (answer 503 with this message), or undefined. */
  outage: () => Promise<string | undefined>;
  logger: Logger;
  /** Name the trusted origins in Origin refusals (development only: they map a deployment's partners). */
  listTrustedOrigins: boolean;
}

/**
 * Mounts Better Auth at /api/auth/* (its own answers, errors included, in its
 * own format), the original /auth/* paths (errors in the documented shape),
 * and the list of social sign-in providers.
 */
export function mountAuthRoutes(
  app: Hono,
  { auth, config, trustProxy, outage, logger, listTrustedOrigins }: AuthRoutesOptions,
): void {
  const guard = refuseControlCharacters();
  app.use(`${AUTH_BASE_PATH}/*`, guard);
  for (const original of ORIGINAL_AUTH_PATHS) app.use(original.path, guard);
  const providers = enabledSocialProviders(config);
  const trustedOrigins = [new URL(config.baseUrl).origin, ...config.trustedOrigins];
  app.get(`${AUTH_BASE_PATH}/providers`, (c) => c.json({ providers }));
  const ownOrigin = new URL(config.baseUrl).origin;

  // `documentedErrors`: Better Auth's own error answers in the documented shape (the original paths).
  const handle = async (c: Context, request: Request, documentedErrors = false) => {
    const response = await explainOriginRefusal(request, await auth.handler(request), trustedOrigins, {
      listTrusted: listTrustedOrigins,
    });
    const down = response.status >= 500 ? await outage() : undefined;
    if (down) return apiError(c, "SERVICE_UNAVAILABLE", down);
    if (response.status >= 500) {
      // Better Auth's own 500 body can quote the driver; the client gets the fixed message.
      const reqId = c.get("requestId");
      logger.error({ reqId, status: response.status }, "auth endpoint failed");
      return apiError(c, "INTERNAL_SERVER_ERROR", internalErrorMessage(reqId));
    }
    const answer = withStandardRetryAfter(response);
    return documentedErrors && answer.status >= 400 ? inErrorShape(answer, c.get("requestId")) : answer;
  };

  for (const original of ORIGINAL_AUTH_PATHS) {
    app.on(original.method, original.path, async (c) => {
      const request = originalPathRequest(c, original, trustProxy, ownOrigin);
      if (request instanceof Response) return request;
      return handle(c, request, true);
    });
    app.all(original.path, (c) => methodNotAllowed(c, allowedMethods(original.method)));
  }
  // A callback for a provider that is not configured is a stranger's guess: 404, before Better Auth logs it as an error.
  app.on(["GET", "POST"], `${AUTH_BASE_PATH}/callback/:provider`, async (c, next) => {
    if (providers.some((provider) => provider === c.req.param("provider"))) return next();
    return apiError(c, "NOT_FOUND", "That sign-in provider is not configured on this server.");
  });
  app.on(["GET", "POST"], `${AUTH_BASE_PATH}/*`, (c) => handle(c, authRequest(c, trustProxy)));
}

/**
 * The request Better Auth gets for an original path, taken as programs send
 * it: `curl -X POST -b cookies /auth/signout` with no body, no content type and
 * no Origin; Node's fetch, which adds `Sec-Fetch-Mode: cors` and no Origin.
 * Better Auth wants a JSON body to sign out, and an Origin it trusts whenever
 * a cookie or a Sec-Fetch-* header is present (its CSRF check). So sign-out's
 * body is always `{}`, and a request without Origin is given the site's own.
 *
 * Why that keeps cross-site request forgery out: the session cookie is
 * SameSite=Lax, so a browser does not send it on another site's POST; and a
 * browser sends Origin on every POST, and Sec-Fetch-Site with it. A POST with
 * neither header is a program's (curl, a server, Node), holding its own
 * cookie: never a foreign page acting for a reader. A request without Origin
 * but with Sec-Fetch-Site comes from a browser and is refused; whatever Origin
 * a request carries is passed on unchanged, and Better Auth refuses it unless
 * trusted (BETTER_AUTH_TRUSTED_ORIGINS).
 */
function originalPathRequest(
  c: Context,
  original: OriginalAuthPath,
  trustProxy: boolean,
  ownOrigin: string,
): Request | Response {
  if (original.method === "GET") return authRequest(c, trustProxy, original.target, { query: original.query });
  const headers: Record<string, string> = {};
  if (c.req.header("origin") === undefined) {
    if (c.req.header("sec-fetch-site") !== undefined) {
      return apiError(c, "FORBIDDEN", "Requests that change something must come from this site's own origin.");
    }
    headers.origin = ownOrigin;
  }
  if (original.path !== "/auth/signout") return authRequest(c, trustProxy, original.target, { headers });
  headers["content-type"] = "application/json";
  return authRequest(c, trustProxy, original.target, { headers, body: "{}" });
}

/** The request as Better Auth should see it: our verdict on the client IP, and the aliased path. */
function authRequest(
  c: Context,
  trustProxy: boolean,
  path?: string,
  replace: { headers?: Record<string, string>; body?: string; query?: string } = {},
): Request {
  const original = c.req.raw;
  const headers = new Headers(original.headers);
  for (const [name, value] of Object.entries(replace.headers ?? {})) headers.set(name, value);
  const ip = clientIp(c, trustProxy);
  if (ip === undefined) headers.delete(CLIENT_IP_HEADER);
  else headers.set(CLIENT_IP_HEADER, ip);
  const url = new URL(original.url);
  if (path !== undefined) url.pathname = path;
  if (replace.query !== undefined) url.search = replace.query;
  const hasBody = original.method !== "GET" && original.method !== "HEAD";
  if (replace.body !== undefined) headers.delete("content-length");
  return new Request(url, {
    method: original.method,
    headers,
    body: hasBody ? (replace.body ?? original.body) : null,
    signal: original.signal,
    ...(hasBody && { duplex: "half" }),
  });
}

// Better Auth answers 429 with X-Retry-After; clients and proxies understand the standard header.
function withStandardRetryAfter(response: Response): Response {
  const retryAfter = response.headers.get("x-retry-after");
  if (response.status !== 429 || retryAfter === null || response.headers.has("retry-after")) return response;
  const copy = new Response(response.body, response);
  copy.headers.set("Retry-After", retryAfter);
  return copy;
}
