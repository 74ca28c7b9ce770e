import type { AppRouter } from "@pagewise/api";
import { httpBatchLink, httpBatchStreamLink, splitLink, type TRPCLink } from "@trpc/client";
import { createTRPCReact } from "@trpc/react-query";
import { observable } from "@trpc/server/observable";

// A type-only import: the router's types reach the SPA, its server code never does.
export const trpc = createTRPCReact<AppRouter>();

/** Procedures whose answer is a stream (async generators on the server), read as it arrives. */
const STREAMED = new Set(["rag.ask"]);

/**
 * A query the server answered in advance, in the page it sent (apps/server/src/http/docs-pages.ts):
 * `result` is what tRPC's HTTP response would carry. The router has no transformer, so that is
 * the procedure's output as plain JSON.
 */
export interface InitialQuery {
  path: string;
  input?: unknown;
  result: { data: unknown };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** The queries in the `#pw-initial-data` script's JSON; none when it is absent or not of that shape. */
export function parseInitialQueries(json: string | null | undefined): InitialQuery[] {
  if (!json) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  if (!isRecord(value) || !Array.isArray(value.queries)) return [];
  return value.queries.flatMap((query: unknown) =>
    isRecord(query) && typeof query.path === "string" && isRecord(query.result) && "data" in query.result
      ? [{ path: query.path, input: query.input, result: { data: query.result.data } }]
      : [],
  );
}

const queryKey = (path: string, input: unknown) => `${path}\u0000${JSON.stringify(input) ?? ""}`;

/**
 * Answers each of the embedded queries once, from the page's own data, before any request is
 * made: the first render needs no second fetch. Later calls (refetches) go to the server.
 */
export function initialDataLink(queries: InitialQuery[]): TRPCLink<AppRouter> {
  const pending = new Map(queries.map((query) => [queryKey(query.path, query.input), query.result.data]));
  return () =>
    ({ op, next }) => {
      const key = queryKey(op.path, op.input);
      if (op.type !== "query" || !pending.has(key)) return next(op);
      const data = pending.get(key);
      pending.delete(key);
      return observable((observer) => {
        observer.next({ result: { type: "data", data } });
        observer.complete();
      });
    };
}

export function createTrpcClient(initialQueries: InitialQuery[] = []) {
  // Relative, so the same build works behind the Vite proxy and on the production server.
  const url = "/trpc";
  return trpc.createClient({
    links: [
      initialDataLink(initialQueries),
      splitLink({
        // A streamed answer gets its own link: in a plain batch, the whole batch would wait for it to end.
        condition: (op) => STREAMED.has(op.path),
        // The server refuses batches of more than 20 calls (MAX_TRPC_BATCH); stay well below it.
        true: httpBatchStreamLink({ url, maxItems: 10 }),
        false: httpBatchLink({ url, maxItems: 10 }),
      }),
    ],
  });
}

/** The plain (non-hook) client, for calls made from event handlers, e.g. one question of a thread. */
export type TrpcClient = ReturnType<typeof trpc.useUtils>["client"];
