import type { MiddlewareHandler } from "hono";
import { requestId } from "hono/request-id";
import type { Logger } from "./logger";
import { routeLabel } from "./route-label";

/**
 * Gives every request an id (echoed as X-Request-Id) and logs one line when it
 * completes: id, method, route or procedure, status, duration. Never the URL's
 * query, headers or body, which can hold tokens and emails.
 */
export function requestLog(logger: Logger): MiddlewareHandler[] {
  return [
    requestId({ headerName: "X-Request-Id", limitLength: 64 }),
    async (c, next) => {
      const started = performance.now();
      await next();
      const status = c.res.status;
      const line = {
        reqId: c.get("requestId"),
        method: c.req.method,
        route: routeLabel(c),
        status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      };
      if (status >= 500) logger.error(line, "request failed");
      else logger.info(line, "request");
    },
  ];
}
