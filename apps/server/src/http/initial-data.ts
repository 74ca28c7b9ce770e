import { appRouter } from "@pagewise/api";

/**
 * One query the SPA will make on its first render, answered in advance: its procedure path and
 * input, and `result` exactly as tRPC's HTTP response would carry it (the router's transformer
 * applied), so the SPA's link (apps/web/src/trpc.ts) can hand it on as if it came from the wire.
 */
export interface InitialQuery {
  path: string;
  input?: unknown;
  result: { data: unknown };
}

/** The JSON in the shell's `#pw-initial-data` script. */
export interface InitialData {
  queries: InitialQuery[];
}

const serialize = appRouter._def._config.transformer.output.serialize;

export function initialQuery(path: string, input: unknown, data: unknown): InitialQuery {
  return { path, ...(input === undefined ? {} : { input }), result: { data: serialize(data) } };
}
