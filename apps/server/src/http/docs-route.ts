import { DEFAULT_DOCS_ROUTE } from "@pagewise/book";
import type { SpaRouteMatcher } from "./spa-routes";

/** The `<meta>` that hands the SPA its docs route (apps/web/src/lib/docs-route.ts reads it). */
export const DOCS_ROUTE_META = "pagewise-docs-route";

/** The assistant's path when the book is served at the site's root, whose `/` is then the book's home (apps/web docs-route.ts). */
export const ROOT_BOOK_ASSISTANT_PATH = "/assistant";

/** First path segments the server answers itself: docs served there would never be reached. */
const SERVER_SEGMENTS = new Set([
  "api",
  "auth",
  "trpc",
  "assets",
  "book-assets",
  "healthz",
  "readyz",
  "metrics",
  "sitemap.xml",
  "robots.txt",
]);

/**
 * Why the docs cannot be served at `docsRoute` (a path the server or another page of the SPA
 * answers, or one below `/docs`, whose links the reader keeps for its own), or undefined when
 * they can. The site's root ("") always can: the app's pages keep their paths and the
 * assistant moves to `/assistant`.
 */
export function docsRouteConflict(docsRoute: string, isSpaRoute: SpaRouteMatcher): string | undefined {
  if (docsRoute === "" || docsRoute === DEFAULT_DOCS_ROUTE) return undefined;
  const first = docsRoute.split("/")[1] ?? "";
  if (SERVER_SEGMENTS.has(first)) return `the server answers /${first} itself`;
  if (`/${first}` === DEFAULT_DOCS_ROUTE)
    return `${DEFAULT_DOCS_ROUTE} stays the reader's own path for links into the book`;
  if (isSpaRoute(docsRoute)) return `${docsRoute} is a page of the app`;
  return undefined;
}
