import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono, MiddlewareHandler } from "hono";
import { etag } from "hono/etag";
import { type DocsCaller, docsPageHandler, mountDocsPages } from "./docs-pages";
import { ROOT_BOOK_ASSISTANT_PATH } from "./docs-route";
import { loadSpaRoutes, type SpaRouteMatcher } from "./spa-routes";
import { loadSpaShell, type SpaShell } from "./spa-shell";

/** The SPA's production build, read once at start-up. */
export interface WebBuild {
  root: string;
  shell: SpaShell;
  isSpaRoute: SpaRouteMatcher;
}

/** `docsRoute` goes into every page for the SPA's router (docs-route.ts); the build's shell is otherwise as written. */
export function loadWebBuild(root: string, docsRoute: string): WebBuild {
  return { root, shell: loadSpaShell(root, docsRoute), isSpaRoute: loadSpaRoutes(root) };
}

export interface ServeWebOptions {
  /** BETTER_AUTH_URL's origin, for canonical URLs. */
  siteOrigin: string;
  /** Where the reader serves the book: `/docs`, the site's `routeBasePath`, or "" for the site's root. */
  docsRoute: string;
  /** The app's router, called in-process for the first page's data. */
  caller: () => DocsCaller;
  onError?: (error: unknown) => void;
}

const HTML_HEADERS = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" };

/**
 * Serves the SPA's production build: content-hashed assets cached for a year, as the build
 * precompressed them (.br, .gz) when the client takes that; the book's pages with their article
 * in the first HTML (docs-pages.ts); the shell for every other page of the SPA; and a 404 with
 * the SPA's not-found page for any path it does not have. A book served at the site's root takes
 * every path the SPA and the build's files do not, and the assistant moves to `/assistant`.
 */
export function serveWeb(app: Hono, build: WebBuild, options: ServeWebOptions): void {
  const { root, shell, isSpaRoute } = build;
  app.use("/assets/*", cacheControl("public, max-age=31536000, immutable"), serveStatic({ root, precompressed: true }));
  // A missing hashed asset is an old or a bad link: never the shell (a browser would run HTML as JS).
  app.get("/assets/*", (c) => c.body("Not found", 404, { "Content-Type": "text/plain; charset=utf-8" }));
  mountDocsPages(app, { shell, ...options });
  app.use("*", cacheControl("no-cache"), serveStatic({ root, precompressed: true }));

  const plain = shell.render({});
  const notFound = shell.render({ noindex: true });
  if (options.docsRoute === "") {
    const docsPage = docsPageHandler({ shell, ...options });
    app.get("*", etag(), (c) =>
      c.req.path === ROOT_BOOK_ASSISTANT_PATH || isSpaRoute(c.req.path)
        ? c.body(plain, 200, HTML_HEADERS)
        : docsPage(c),
    );
    return;
  }
  app.get("*", (c) =>
    isSpaRoute(c.req.path) ? c.body(plain, 200, HTML_HEADERS) : c.body(notFound, 404, HTML_HEADERS),
  );
}

// serveStatic's own onFound hook runs after the response is built, too late to add headers.
function cacheControl(value: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.ok && !c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", value);
  };
}
