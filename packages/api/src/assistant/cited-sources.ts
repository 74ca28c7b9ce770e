import type { Citation } from "@pagewise/rag";

/**
 * The sections an answer cited, as `slug#anchor` (the page alone for its
 * introduction), each once, in citation order: what the question log keeps of
 * the sources, and what "top cited pages" counts by page.
 */
export function citedSources(citations: readonly Pick<Citation, "slug" | "url">[]): string[] {
  const sources = citations.map(({ slug, url }) => {
    const hash = url.indexOf("#");
    return hash < 0 ? slug : `${slug}${url.slice(hash)}`;
  });
  return [...new Set(sources)];
}
