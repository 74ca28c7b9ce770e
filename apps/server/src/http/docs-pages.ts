import type { AppRouter } from "@pagewise/api";
import { type BookInfo, DEFAULT_DOCS_ROUTE, type DocumentPage, type Sidebar } from "@pagewise/book";
import { TRPCError } from "@trpc/server";
import type { Context, Hono } from "hono";
import { etag } from "hono/etag";
import { docsPagePath, docsPageUrl } from "./docs-urls";
import { type InitialQuery, initialQuery } from "./initial-data";
import { prerenderedLayout } from "./prerendered-layout";
import type { SpaShell } from "./spa-shell";

/** A server-side caller of the app's router (appRouter.createCaller), public procedures only. */
export type DocsCaller = ReturnType<AppRouter["createCaller"]>;

export interface DocsPagesOptions {
  shell: SpaShell;
  /** BETTER_AUTH_URL's origin: canonical URLs are absolute. */
  siteOrigin: string;
  /** Where the reader serves the book: `/docs`, the site's `routeBasePath`, or "" for the site's root. */
  docsRoute: string;
  caller: () => DocsCaller;
  /** Told why a page could not be read (the answer is then a 503 shell). */
  onError?: (error: unknown) => void;
}

interface FirstPage {
  page: DocumentPage | undefined;
  /** The sidebars the SPA shows beside the page, under the input it asks for them with. */
  sidebars: { input: { version: string } | undefined; value: Sidebar[] } | undefined;
  book: BookInfo;
}

const HTML_HEADERS = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" };

/**
 * The book's pages at the docs route (`/docs` and `/docs/<slug>` by default): the SPA's shell
 * with the page already in it (title, description, canonical URL, Open Graph, the article), so
 * links preview and crawlers index the book, and the docs.get/list/book answers the SPA's first
 * render needs, so it neither flashes nor fetches them. Served elsewhere, `/docs/<slug>` (what
 * the book's own links and the API's citations say) moves there. A book at the site's root
 * mounts its home here and takes the paths no other page does from `docsPageHandler`.
 */
export function mountDocsPages(app: Hono, options: DocsPagesOptions): void {
  const { docsRoute } = options;
  const handler = docsPageHandler(options);
  // no-cache means "ask first": an unchanged page then costs a 304, not the whole HTML again.
  const paths = docsRoute === "" ? ["/"] : [docsRoute, `${docsRoute}/*`];
  for (const path of paths) app.get(path, etag(), handler);
  if (docsRoute !== DEFAULT_DOCS_ROUTE) {
    app.get(DEFAULT_DOCS_ROUTE, (c) => movedToDocsRoute(c, docsRoute));
    app.get(`${DEFAULT_DOCS_ROUTE}/*`, (c) => movedToDocsRoute(c, docsRoute));
  }
}

/** Answers a path under the docs route with its page (or the SPA's 404 for the book). */
export function docsPageHandler(options: DocsPagesOptions): (c: Context) => Promise<Response> {
  return (c) => answerDocsPage(c, options);
}

function movedToDocsRoute(c: Context, docsRoute: string): Response {
  const url = new URL(c.req.url);
  const path = `${docsRoute}${url.pathname.slice(DEFAULT_DOCS_ROUTE.length)}` || "/";
  return c.redirect(`${path}${url.search}`, 301);
}

async function answerDocsPage(c: Context, options: DocsPagesOptions): Promise<Response> {
  const { shell, siteOrigin, docsRoute, caller, onError } = options;
  const path = c.req.path;
  const query = new URL(c.req.url).search;
  // One URL per page: `/docs/a/` is `/docs/a` (and the root's home stays `/`).
  if (path.endsWith("/") && path !== "/") {
    return c.redirect(`${path.replace(/\/+$/, "")}${query}`, 301);
  }
  const slug = slugOf(path, docsRoute);
  if (slug === undefined) return c.body(shell.render({ noindex: true }), 404, HTML_HEADERS);

  let first: FirstPage;
  try {
    first = await readFirstPage(caller(), slug);
  } catch (error) {
    onError?.(error);
    // The SPA asks again itself and says what is wrong; this answer must not be indexed.
    return c.body(shell.render({ noindex: true }), 503, HTML_HEADERS);
  }
  const { page, sidebars, book } = first;
  const shared: InitialQuery[] = [
    ...(sidebars === undefined ? [] : [initialQuery("docs.list", sidebars.input, sidebars.value)]),
    initialQuery("docs.book", undefined, book),
  ];

  if (page === undefined) {
    // A book (or a version: `/docs/next`) without a root index page starts at its first page.
    const home = slug === "" ? book.homeSlug : book.versions.find((version) => version.path === slug)?.homeSlug;
    if (home) return c.redirect(`${docsPagePath(home, docsRoute)}${query}`, 302);
    const notFound = shell.render({
      title: `Page not found · ${book.title}`,
      noindex: true,
      initialData: { queries: shared },
    });
    return c.body(notFound, 404, HTML_HEADERS);
  }

  const canonicalUrl = docsPageUrl(siteOrigin, page.slug, docsRoute);
  const html = shell.render({
    title: page.title === book.title ? book.title : `${page.title} · ${book.title}`,
    description: page.description,
    canonicalUrl,
    openGraph: { title: page.title, siteName: book.title },
    // Docusaurus keeps unlisted pages from search engines; so do we.
    noindex: page.unlisted,
    // The server's copy, header and sidebar included, which the SPA's first render replaces.
    bodyHtml: prerenderedLayout({
      bookTitle: book.title,
      slug: page.slug,
      docsRoute,
      articleHtml: page.html,
      sidebars: sidebars?.value,
    }),
    initialData: { queries: [initialQuery("docs.get", { slug }, page), ...shared] },
  });
  return c.body(html, 200, HTML_HEADERS);
}

async function readFirstPage(docs: DocsCaller, slug: string): Promise<FirstPage> {
  const [page, book] = await Promise.all([
    docs.docs.get({ slug }).catch((error: unknown) => {
      // A slug docs.get refuses (too long) names no page either.
      if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return undefined;
      throw error;
    }),
    docs.docs.book(),
  ]);
  // The SPA asks for a versioned site's sidebars with the version it reads, and for a site
  // without versions with no input: the embedded answer must sit under the key it asks with.
  // Which version a missing page's URL names is left to the SPA.
  if (book.versions.length < 2) return { page, book, sidebars: { input: undefined, value: await docs.docs.list() } };
  if (page === undefined) return { page, book, sidebars: undefined };
  const input = { version: page.version };
  return { page, book, sidebars: { input, value: await docs.docs.list(input) } };
}

/** The slug as the SPA reads it from the URL (its router decodes the path), or undefined if malformed. */
function slugOf(path: string, docsRoute: string): string | undefined {
  try {
    return decodeURIComponent(path.slice(docsRoute.length)).replace(/^\/+|\/+$/g, "");
  } catch {
    return undefined;
  }
}
