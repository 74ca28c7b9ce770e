import { type DocsSite, siteDocUrl } from "@pagewise/book";
import type { AskEvent, Citation } from "@pagewise/rag";

/**
 * Gives each citation its page's address on the published site (`siteUrl`), for an assistant
 * embedded in that site (@pagewise/widget): its links must lead to the site's own pages, not to
 * Pagewise's reader. Without a known site the citations are left as they are.
 */
export function withSiteUrls<T extends { citations: readonly Citation[] }>(site: DocsSite | undefined, value: T): T {
  if (site === undefined) return value;
  return {
    ...value,
    citations: value.citations.map((citation) => ({ ...citation, siteUrl: siteDocUrl(citation.url, site) })),
  };
}

/** The same for a streamed answer's events that carry citations. */
export async function* eventsWithSiteUrls(
  site: DocsSite | undefined,
  events: AsyncIterable<AskEvent>,
): AsyncGenerator<AskEvent, void, undefined> {
  for await (const event of events) {
    yield event.type === "delta" ? event : withSiteUrls(site, event);
  }
}
