import type { BookInfo } from "../lib/api-types";
import { trpc } from "../trpc";

/** What the app calls the book when the server cannot say (the request failed). */
const UNKNOWN_BOOK: BookInfo = { title: "Documentation", tagline: null, questions: [], homeSlug: null, versions: [] };

/** The book's identity (title, tagline, suggested questions); undefined until it has arrived. */
export function useBook(): BookInfo | undefined {
  // Changes only with a new ingest, i.e. a restart: one request per visit is plenty.
  const book = trpc.docs.book.useQuery(undefined, { staleTime: Number.POSITIVE_INFINITY, retry: 1 });
  return book.isError ? UNKNOWN_BOOK : book.data;
}

/**
 * The book's name, for sentences where the site speaks to its readers ("New to <book>?"): the
 * readers came for the book, not for the software that serves it. "this site" until it arrives.
 */
export function useBookName(): string {
  return useBook()?.title ?? "this site";
}
