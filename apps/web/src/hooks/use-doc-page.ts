import { serverCode } from "../lib/request-error";
import { trpc } from "../trpc";

/** The page at `slug` (docs.get), with the same options wherever it is read, so all share one query. */
export function useDocPage(slug: string) {
  return trpc.docs.get.useQuery(
    { slug },
    // A missing page will not appear by asking again.
    { staleTime: 60_000, retry: (count, error) => serverCode(error) !== "NOT_FOUND" && count < 1 },
  );
}
