import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { z } from "zod";

/**
 * Every error code a client can see: tRPC's code names, the same on /trpc
 * (inside tRPC's own envelope), on the REST mirror, on the original /auth/*
 * paths and in the server's own answers (413, 429, 503, 504…).
 */
export const ERROR_CODES = [
  "BAD_REQUEST",
  "PARSE_ERROR",
  "UNAUTHORIZED",
  "PAYMENT_REQUIRED",
  "FORBIDDEN",
  "NOT_FOUND",
  "METHOD_NOT_SUPPORTED",
  "TIMEOUT",
  "CONFLICT",
  "PRECONDITION_FAILED",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "UNPROCESSABLE_CONTENT",
  "PRECONDITION_REQUIRED",
  "TOO_MANY_REQUESTS",
  "CLIENT_CLOSED_REQUEST",
  "INTERNAL_SERVER_ERROR",
  "NOT_IMPLEMENTED",
  "BAD_GATEWAY",
  "SERVICE_UNAVAILABLE",
  "GATEWAY_TIMEOUT",
] as const satisfies readonly TRPC_ERROR_CODE_KEY[];

export type ErrorCode = (typeof ERROR_CODES)[number];
// A tRPC upgrade that adds a code fails to compile here until the list has it.
type MissingCodes = Exclude<TRPC_ERROR_CODE_KEY, ErrorCode>;
const everyCodeListed: [MissingCodes] extends [never] ? true : MissingCodes = true;
void everyCodeListed;

export const errorCode = z.enum(ERROR_CODES).meta({ description: "What went wrong, as tRPC names it." });

/** The one error body of the REST mirror, the original /auth/* paths and the server's own errors. */
export const errorBody = z
  .object({
    error: z.object({
      code: errorCode,
      message: z.string().meta({ description: "A sentence for people: what went wrong and what to do." }),
      fieldErrors: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .meta({ description: "Invalid input only: the messages for each bad field, by its path (e.g. `question`)." }),
      requestId: z.string().meta({ description: "The request's X-Request-Id: quote it when reporting a problem." }),
    }),
  })
  .meta({ id: "ErrorBody", description: "Every error on /api/v1 and /auth/* has this shape." });

export type ErrorBody = z.infer<typeof errorBody>;

export interface ErrorDetails {
  code: ErrorCode;
  message: string;
  requestId: string;
  fieldErrors?: Record<string, string[]> | undefined;
}

export function errorBodyOf({ code, message, requestId, fieldErrors }: ErrorDetails): ErrorBody {
  return { error: { code, message, ...(fieldErrors && { fieldErrors }), requestId } };
}

/** The status an error code answers with (tRPC's own table; the server's 504 says TIMEOUT explicitly). */
export const ERROR_STATUS = {
  PARSE_ERROR: 400,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  PAYMENT_REQUIRED: 402,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_SUPPORTED: 405,
  TIMEOUT: 408,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE_CONTENT: 422,
  PRECONDITION_REQUIRED: 428,
  TOO_MANY_REQUESTS: 429,
  CLIENT_CLOSED_REQUEST: 499,
  INTERNAL_SERVER_ERROR: 500,
  NOT_IMPLEMENTED: 501,
  BAD_GATEWAY: 502,
  SERVICE_UNAVAILABLE: 503,
  GATEWAY_TIMEOUT: 504,
} as const satisfies Record<ErrorCode, number>;

/** The code for an HTTP status another library answered with (Better Auth's), by tRPC's table. */
export function errorCodeForStatus(status: number): ErrorCode {
  const exact = ERROR_CODES.find((code) => ERROR_STATUS[code] === status);
  if (exact) return exact;
  return status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST";
}
