import {
  type AnyTRPCProcedure,
  type AnyTRPCRouter,
  getTRPCErrorFromUnknown,
  getTRPCErrorShape,
  type inferRouterContext,
  TRPCError,
} from "@trpc/server";
import { type FetchHandlerRequestOptions, fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getHTTPStatusCode, type TRPCRequestInfo } from "@trpc/server/http";
// tRPC's request parsing and its own tests for stream-like values; not in its public entry points.
import {
  getAcceptHeader,
  getRequestInfo,
  isAsyncIterable,
  isObject,
  isPromise,
  type TRPCResponse,
} from "@trpc/server/unstable-core-do-not-import";

export interface TrpcHandlerOptions<TRouter extends AnyTRPCRouter> {
  router: TRouter;
  /** Where the router is mounted, e.g. "/trpc". */
  endpoint: string;
  /** `requestId` is the one the caller passed along with the request (the server's X-Request-Id). */
  createContext: (options: {
    req: Request;
    info: TRPCRequestInfo;
    requestId?: string | undefined;
  }) => Promise<inferRouterContext<TRouter>>;
  onError?: FetchHandlerRequestOptions<TRouter>["onError"];
}

/**
 * Serves a tRPC router over the fetch API. GET queries, alone or batched and
 * answered as one JSON document (what `httpBatchLink` sends for every page
 * load), take a lean path; everything else (mutations, streamed batches,
 * subscriptions, unknown procedures, malformed requests) goes to tRPC's own
 * `fetchRequestHandler` untouched.
 *
 * Why: through `fetchRequestHandler` a query that returns a constant costs
 * about four times the CPU of a bare Hono route, and most of it is machinery
 * such a call does not use: an `AbortSignal.any` per call (about 10 µs on
 * Node 20), `Headers` objects, transpiled object spreads
 * (docs/performance.md). The lean path keeps tRPC's own request parsing,
 * procedures and middleware, error shapes and status codes, so its answers are
 * the same bytes; `test/api/trpc-handler.test.ts` replays requests through
 * both and compares them. `@trpc/server` is pinned to an exact version because
 * these building blocks partly come from its internal module; CI's
 * scripts/check-trpc-pin.mjs keeps that pin within a minor of the newest 11.x.
 */
export function createTrpcHandler<TRouter extends AnyTRPCRouter>(
  options: TrpcHandlerOptions<TRouter>,
): (req: Request, requestId?: string) => Promise<Response> {
  const answer = createQueryAnswerer(options);
  return async (req, requestId) =>
    (await answer(req, requestId)) ??
    fetchRequestHandler({
      ...options,
      req,
      createContext: ({ req, info }) => options.createContext({ req, info, requestId }),
    });
}

type Call = TRPCRequestInfo["calls"][number];
const hasProcedure = (call: Call): call is Call & { procedure: AnyTRPCProcedure } => call.procedure !== null;

/** The lean path: answers a GET query call, or null when tRPC's own handler should take the request. */
export function createQueryAnswerer<TRouter extends AnyTRPCRouter>({
  router,
  endpoint,
  createContext,
  onError,
}: TrpcHandlerOptions<TRouter>): (req: Request, requestId?: string) => Promise<Response | null> {
  const config = router._def._config;
  const serialize = config.transformer.output.serialize;
  const endpointPath = trimSlashes(endpoint);
  const serializeItem = (item: TRPCResponse) =>
    "error" in item ? { error: serialize(item.error) } : { result: { data: serialize(item.result.data) } };

  return async (req, requestId) => {
    // Streamed batches (httpBatchStreamLink) are tRPC's own: decide before parsing anything.
    if (req.method !== "GET" || getAcceptHeader(req.headers) === "application/jsonl") return null;
    const url = new URL(req.url);
    let info: TRPCRequestInfo;
    try {
      const path = decodeURIComponent(trimSlashes(trimSlashes(url.pathname).slice(endpointPath.length)));
      info = await getRequestInfo({ req, path, router, url, searchParams: url.searchParams, headers: req.headers });
    } catch {
      // A malformed request: tRPC's handler parses it again and answers with its own error.
      return null;
    }
    const calls = info.calls.filter(hasProcedure);
    if (info.type !== "query" || calls.length !== info.calls.length) return null;

    let ctx: inferRouterContext<TRouter> | undefined;
    let contextError: TRPCError | undefined;
    try {
      ctx = await createContext({ req, info, requestId });
    } catch (cause) {
      contextError = getTRPCErrorFromUnknown(cause);
    }
    const failure = (error: TRPCError, path: string | undefined, input: unknown) => ({
      error: getTRPCErrorShape({ config, ctx, error, input, path, type: "query" }),
    });
    const answer = async (call: Call & { procedure: AnyTRPCProcedure }): Promise<TRPCResponse> => {
      let data: unknown;
      try {
        if (contextError) throw contextError;
        data = await call.procedure({
          path: call.path,
          getRawInput: call.getRawInput,
          ctx,
          type: "query",
          signal: req.signal,
          batchIndex: call.batchIndex,
        });
      } catch (cause) {
        const error = getTRPCErrorFromUnknown(cause);
        onError?.({ error, path: call.path, input: call.result(), ctx, type: "query", req });
        return failure(error, call.path, call.result());
      }
      if (!isDataStream(data)) return { result: { data } };
      if (info.isBatchCall) return failure(streamNeedsStreamingLink(), call.path, call.result());
      // Alone, tRPC answers this as an error of the whole request: no path, no input.
      const error = streamNeedsStreamingLink();
      onError?.({ error, path: undefined, input: undefined, ctx, type: "query", req });
      return failure(error, undefined, undefined);
    };

    const [single] = calls;
    // One call answers with one object, a batch with an array.
    const body = !info.isBatchCall && single ? await answer(single) : await Promise.all(calls.map(answer));
    // Serialised as tRPC's transformTRPCResponse would, without its copies of every object.
    const serialized = Array.isArray(body) ? body.map(serializeItem) : serializeItem(body);
    return new Response(JSON.stringify(serialized), {
      status: getHTTPStatusCode(body),
      headers: { "content-type": "application/json", vary: "trpc-accept, accept" },
    });
  };
}

function streamNeedsStreamingLink(): TRPCError {
  return new TRPCError({
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: "Cannot use stream-like response in non-streaming request - use httpBatchStreamLink",
  });
}

/** tRPC's own test for a result that only a streaming response can carry. */
function isDataStream(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (isAsyncIterable(value)) return true;
  const values = Object.values(value);
  return values.some(isPromise) || values.some(isAsyncIterable);
}

/** One leading and one trailing slash off, as tRPC's fetch adapter does. */
function trimSlashes(path: string): string {
  const start = path.startsWith("/") ? 1 : 0;
  const end = path.length > start && path.endsWith("/") ? path.length - 1 : path.length;
  return path.slice(start, end);
}
