/**
 * Type-level proof that the generated router type is the API's: a client typed by either one
 * sends the same inputs and receives the same outputs and errors. `npm run typecheck` fails on
 * any difference (the generated-file test catches a stale file; this catches a wrong printer).
 */
import type { AppRouter as ApiRouter } from "@pagewise/api";
import type { inferRouterError, inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "../../src/app-router.generated";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const sameInputs: Equal<inferRouterInputs<AppRouter>, inferRouterInputs<ApiRouter>> = true;
export const sameOutputs: Equal<inferRouterOutputs<AppRouter>, inferRouterOutputs<ApiRouter>> = true;
export const sameErrors: Equal<inferRouterError<AppRouter>, inferRouterError<ApiRouter>> = true;
