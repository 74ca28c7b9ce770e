import type { MiddlewareHandler } from "hono";
import type { RequestIdVariables } from "hono/request-id";
import { withAnswerHeaders } from "../http/answer-headers";
import type { Logger } from "./logger";
import { routeLabel } from "./route-label";

const REQUEST_ID_HEADER = "X-Request-Id";
/** A caller's own id is kept when it is short and plain (what Hono's requestId middleware accepts). */
const CALLER_ID = /^[\w\-=]{1,64}$/;

/**
 * Gives every request an id (the caller's X-Request-Id when it sends a plain
 * one, else a new UUID; echoed as X-Request-Id) and logs one line when it
 * completes: id, method, route or procedure, status, duration. Never the URL's
 * query, headers or body, which can hold tokens and emails.
 *
 * The header goes on the answer itself (answer-headers.ts): one set with
 * c.header() before the route answers is lost when the route builds its own
 * Response (tRPC's, Better Auth's), unless something made Hono copy every answer.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const callerId = c.req.header(REQUEST_ID_HEADER);
    const id: RequestIdVariables["requestId"] =
      callerId !== undefined && CALLER_ID.test(callerId) ? callerId : crypto.randomUUID();
    c.set("requestId", id);
    await withAnswerHeaders(c, [[REQUEST_ID_HEADER, id]], next);
    const status = c.res.status;
    const line = {
      reqId: id,
      method: c.req.method,
      route: routeLabel(c),
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    if (status >= 500) logger.error(line, "request failed");
    else logger.info(line, "request");
  };
}
