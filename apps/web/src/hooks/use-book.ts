import type { BookInfo } from "../lib/api-types";
import { trpc } from "../trpc";

/** The book's identity (title, tagline, suggested questions); undefined until it has arrived. */
export function useBook(): BookInfo | undefined {
  // Changes only with a new ingest, i.e. a restart: one request per visit is plenty.
  return trpc.docs.book.useQuery(undefined, { staleTime: Number.POSITIVE_INFINITY, retry: 1 }).data;
}
