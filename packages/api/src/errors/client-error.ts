import type { TRPCError } from "@trpc/server";
import { describeInputIssues } from "../input-errors";
import { internalErrorMessage } from "../internal-error-message";

export interface ClientFacingError {
  message: string;
  fieldErrors?: Record<string, string[]> | undefined;
}

/**
 * What a client is told about a procedure's error, on /trpc and on the REST
 * mirror alike: invalid input names each bad field; an unexpected error gets
 * the fixed message and the request id, never its own text.
 */
export function clientFacingError(error: TRPCError, requestId: string | undefined): ClientFacingError {
  if (error.code === "INTERNAL_SERVER_ERROR") return { message: internalErrorMessage(requestId) };
  const issues = error.code === "BAD_REQUEST" ? describeInputIssues(error.cause) : undefined;
  return issues ?? { message: error.message };
}
