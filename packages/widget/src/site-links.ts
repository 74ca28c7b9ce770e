import type { Citation } from "@pagewise/client";

/**
 * Where a reader link (`/docs/…`, as answers and quoted pages write them) leads from the host
 * page: the server gives each citation its page's address on the published site (`siteUrl`,
 * from DOCS_SITE_URL); from one such pair the same mapping applies to every `/docs/…` link. A
 * server that knows no site sends readers to its own reader.
 */
export function docsLinkResolver(citations: readonly Citation[], server: string): (href: string) => string {
  const prefix = sitePrefix(citations);
  return (href) => {
    if (!/^\/docs(?=$|[/?#])/.test(href)) return href;
    return prefix === undefined ? new URL(href, server).href : `${prefix}${href.slice("/docs".length) || "/"}`;
  };
}

/** A citation's page on the site, else in the server's reader. */
export function citationHref(citation: Citation, server: string): string {
  return citation.siteUrl ?? new URL(citation.url, server).href;
}

function sitePrefix(citations: readonly Citation[]): string | undefined {
  for (const { url, siteUrl } of citations) {
    const rest = url.slice("/docs".length);
    if (siteUrl !== undefined && url.startsWith("/docs") && siteUrl.endsWith(rest)) {
      return siteUrl.slice(0, siteUrl.length - rest.length).replace(/\/$/, "");
    }
  }
  return undefined;
}
