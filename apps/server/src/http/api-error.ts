import { ERROR_STATUS, type ErrorCode, errorBodyOf } from "@pagewise/api";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export interface ApiErrorOptions {
  /** When it is not the code's own (tRPC's table): the server's timeout answers 504 with TIMEOUT. */
  status?: number;
  fieldErrors?: Record<string, string[]>;
  headers?: Record<string, string>;
}

/**
 * An error answer from the server itself (404, 405, 413, 429, 503, 504…), in
 * the shape the path's clients read: tRPC's own envelope on /trpc, so that
 * tRPC clients see the code as they see a procedure's; the documented
 * `ErrorBody` (@pagewise/api) everywhere else.
 */
export function apiError(c: Context, code: ErrorCode, message: string, options: ApiErrorOptions = {}): Response {
  const status = statusOf(options.status ?? ERROR_STATUS[code]);
  const requestId = c.get("requestId");
  const body = isTrpcPath(c.req.path)
    ? { error: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus: status, requestId } } }
    : errorBodyOf({ code, message, requestId, fieldErrors: options.fieldErrors });
  return c.json(body, status, options.headers);
}

export function isTrpcPath(path: string): boolean {
  return path === "/trpc" || path.startsWith("/trpc/");
}

/** 405 with the methods the path takes, in the path's error shape. */
export function methodNotAllowed(c: Context, allowed: readonly string[]): Response {
  const allow = allowed.join(", ");
  return apiError(c, "METHOD_NOT_SUPPORTED", `${c.req.method} is not supported on ${c.req.path}: use ${allow}.`, {
    headers: { Allow: allow },
  });
}

function statusOf(status: number): ContentfulStatusCode {
  return isContentfulStatus(status) ? status : 500;
}

function isContentfulStatus(status: number): status is ContentfulStatusCode {
  return Number.isInteger(status) && status >= 400 && status <= 599;
}
