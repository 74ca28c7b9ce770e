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
