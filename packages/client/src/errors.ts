import { TRPCClientError } from "@trpc/client";
import type { AppRouter, ErrorShape } from "./app-router.generated.js";

/** A failed API call: `error.data.code` says what went wrong ("UNAUTHORIZED", "TOO_MANY_REQUESTS", …). */
export type PagewiseError = TRPCClientError<AppRouter>;

/** The codes a failed call can carry in `error.data.code`. */
export type PagewiseErrorCode = ErrorShape["data"]["code"];

/** True for an error a Pagewise API call failed with (as opposed to a bug in the caller). */
export function isPagewiseError(error: unknown): error is PagewiseError {
  return error instanceof TRPCClientError;
}

/**
 * The server's code for a failed call, or undefined when the error is not one: a network failure
 * (no answer at all) or a bug. Branch on this, not on the message, which is written for people.
 */
export function pagewiseErrorCode(error: unknown): PagewiseErrorCode | undefined {
  return isPagewiseError(error) ? error.data?.code : undefined;
}
