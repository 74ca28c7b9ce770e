import type { LocationRewrite } from "@tanstack/react-router";
import { ROUTE_PATHS } from "../route-paths";

/** The `<meta>` in which the server names a docs route other than `/docs` (apps/server docs-route.ts). */
const DOCS_ROUTE_META = "pagewise-docs-route";

/** The assistant's path when the book is served at the site's root, whose `/` is then the book's home. */
export const ROOT_BOOK_ASSISTANT_PATH = "/assistant";

/** The app's own pages other than the home page and the reader: they keep their paths whatever the docs route. */
const APP_PATHS: ReadonlySet<string> = new Set(
  Object.values(ROUTE_PATHS).filter((path) => path !== ROUTE_PATHS.home && path !== ROUTE_PATHS.docs),
);

/** Where the site serves the book (its Docusaurus `routeBasePath`): `/docs`, `/guides`, or "" for the root. */
export function readDocsRoute(): string {
  return document.querySelector<HTMLMetaElement>(`meta[name="${DOCS_ROUTE_META}"]`)?.content ?? ROUTE_PATHS.docs;
}

/**
 * Inside the app the reader's routes are always `/docs/…`; the address bar shows the site's own
 * paths (`/guides/…`, or `/…` for a book at the root, whose assistant is then at `/assistant`).
 * `/docs/…`, what the book's links and the API's citations say, is understood too.
 */
export function docsRouteRewrite(docsRoute: string): LocationRewrite | undefined {
  if (docsRoute === ROUTE_PATHS.docs) return undefined;
  return {
    input: ({ url }) => {
      url.pathname = appPath(url.pathname, docsRoute);
      return url;
    },
    output: ({ url }) => {
      url.pathname = sitePath(url.pathname, docsRoute);
      return url;
    },
  };
}

/** The app's path for a path of the site. */
export function appPath(path: string, docsRoute: string): string {
  if (underDocs(path, ROUTE_PATHS.docs)) return path;
  if (docsRoute !== "") return underDocs(path, docsRoute) ? ROUTE_PATHS.docs + path.slice(docsRoute.length) : path;
  if (path === ROUTE_PATHS.home) return ROUTE_PATHS.docs;
  if (path === ROOT_BOOK_ASSISTANT_PATH) return ROUTE_PATHS.home;
  return APP_PATHS.has(path.replace(/(.)\/+$/, "$1")) ? path : ROUTE_PATHS.docs + path;
}

/** The site's path for a path of the app: `appPath`'s inverse. */
export function sitePath(path: string, docsRoute: string): string {
  if (underDocs(path, ROUTE_PATHS.docs)) return docsRoute + path.slice(ROUTE_PATHS.docs.length) || "/";
  return docsRoute === "" && path === ROUTE_PATHS.home ? ROOT_BOOK_ASSISTANT_PATH : path;
}

function underDocs(path: string, route: string): boolean {
  return path === route || path.startsWith(`${route}/`);
}
