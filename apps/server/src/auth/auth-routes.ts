import { internalErrorMessage } from "@pagewise/api";
import type { AuthConfig } from "@pagewise/auth";
import { AUTH_BASE_PATH, type Auth, CLIENT_IP_HEADER, enabledSocialProviders } from "@pagewise/auth";
import type { Context, Hono } from "hono";
import { clientIp } from "../http/client-ip";
import { refuseControlCharacters } from "../http/refuse-control-characters";
import type { Logger } from "../observability/logger";
import { explainOriginRefusal } from "./explain-origin-refusal";

export interface AuthRoutesOptions {
  auth: Auth;
  config: Pick<AuthConfig, "socialProviders" | "baseUrl" | "trustedOrigins">;
  trustProxy: boolean;
  /** After a 5xx from Better Auth: what is down (answer 503 with this message), or undefined. */
  outage: () => Promise<string | undefined>;
  logger: Logger;
}

/** The original system's API paths, kept as aliases of Better Auth's own routes. */
const ALIASES = [
  { method: "POST", path: "/auth/signup", target: "/sign-up/email" },
  { method: "POST", path: "/auth/signin", target: "/sign-in/email" },
  { method: "POST", path: "/auth/signout", target: "/sign-out" },
  { method: "GET", path: "/auth/session", target: "/get-session" },
] as const;

/** Mounts Better Auth at /api/auth/*, its aliases, and the list of social sign-in providers. */
export function mountAuthRoutes(app: Hono, { auth, config, trustProxy, outage, logger }: AuthRoutesOptions): void {
  const guard = refuseControlCharacters();
  app.use(`${AUTH_BASE_PATH}/*`, guard);
  for (const alias of ALIASES) app.use(alias.path, guard);
  const providers = enabledSocialProviders(config);
  const trustedOrigins = [new URL(config.baseUrl).origin, ...config.trustedOrigins];
  app.get(`${AUTH_BASE_PATH}/providers`, (c) => c.json({ providers }));

  const handle = async (c: Context, path?: string) => {
    const request = authRequest(c, trustProxy, path);
    const response = await explainOriginRefusal(request, await auth.handler(request), trustedOrigins);
    const down = response.status >= 500 ? await outage() : undefined;
    if (down) return c.json({ error: { code: "SERVICE_UNAVAILABLE", message: down } }, 503);
    if (response.status >= 500) {
      // Better Auth's own 500 body can quote the driver; the client gets the fixed message.
      const reqId = c.get("requestId");
      logger.error({ reqId, status: response.status }, "auth endpoint failed");
      return c.json({ error: { code: "INTERNAL_SERVER_ERROR", message: internalErrorMessage(reqId) } }, 500);
    }
    return withStandardRetryAfter(response);
  };
  for (const alias of ALIASES) {
    app.on(alias.method, alias.path, (c) => handle(c, `${AUTH_BASE_PATH}${alias.target}`));
  }
  app.on(["GET", "POST"], `${AUTH_BASE_PATH}/*`, (c) => handle(c));
}

/** The request as Better Auth should see it: our verdict on the client IP, and the aliased path. */
function authRequest(c: Context, trustProxy: boolean, path?: string): Request {
  const original = c.req.raw;
  const headers = new Headers(original.headers);
  const ip = clientIp(c, trustProxy);
  if (ip === undefined) headers.delete(CLIENT_IP_HEADER);
  else headers.set(CLIENT_IP_HEADER, ip);
  const url = new URL(original.url);
  if (path !== undefined) url.pathname = path;
  const hasBody = original.method !== "GET" && original.method !== "HEAD";
  return new Request(url, {
    method: original.method,
    headers,
    body: hasBody ? original.body : null,
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
