/** Where Docusaurus serves the docs when the docs plugin's `routeBasePath` is unset. */
export const DEFAULT_DOCS_ROUTE = "/docs";

/** A path segment a URL carries as written: no percent-encoding, no `.`/`..`. */
const SAFE_SEGMENT = /^(?!\.{1,2}$)[A-Za-z0-9._~-]+$/;

/**
 * The reader's URL path for the docs, from the docs plugin's `routeBasePath` as Docusaurus reads
 * it: `docs` and `/docs/` are `/docs`, `guides/v2` is `/guides/v2`, and `/` (or "") is the site's
 * root, written "". A value that is not a plain path is refused with the reason.
 */
export function docsRouteOf(routeBasePath: string | undefined): { route: string } | { refused: string } {
  if (routeBasePath === undefined) return { route: DEFAULT_DOCS_ROUTE };
  const segments = routeBasePath.split("/").filter((segment) => segment !== "");
  const unsafe = segments.find((segment) => !SAFE_SEGMENT.test(segment));
  if (unsafe !== undefined) {
    return { refused: `routeBasePath "${routeBasePath}" is not a plain URL path ("${unsafe}")` };
  }
  return { route: segments.map((segment) => `/${segment}`).join("") };
}

/** Where a site publishes the docs: its address (with its `baseUrl`) and its docs route. */
export interface DocsSite {
  /** The site's address, e.g. "https://example.com/project" (DOCS_SITE_URL, else the config's `url` + `baseUrl`). */
  url: string;
  /** The docs route on that site: `/docs`, `/guides`, or "" at its root (`docsRouteOf`). */
  route: string;
}

/**
 * A reader link (`/docs/<slug>#anchor`, as citations and stored pages write them) as the page's
 * address on the published site, so an assistant embedded there links to the site's own page.
 * Anything not under `/docs` is returned as it was.
 */
export function siteDocUrl(readerUrl: string, site: DocsSite): string {
  const match = /^\/docs(?=$|[/?#])(.*)$/.exec(readerUrl);
  if (!match) return readerUrl;
  const rest = match[1] ?? "";
  const path = `${site.route}${rest.startsWith("/") ? rest : `/${rest}`}`;
  return `${site.url.replace(/\/+$/, "")}${path}`;
}
