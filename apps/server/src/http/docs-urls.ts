/**
 * The reader's URL path for a page under the docs route (`/docs` by default, the site's
 * `routeBasePath`; "" at the site's root): the route itself for the book's home (""),
 * `<route>/a/b` below it, and `/` for the home of a book served at the root.
 */
export function docsPagePath(slug: string, docsRoute: string): string {
  const segments = slug.split("/").filter((segment) => segment !== "");
  const path = [docsRoute, ...segments.map(encodeURIComponent)].join("/");
  return path === "" ? "/" : path;
}

/** The page's absolute URL on the site (BETTER_AUTH_URL's origin), for canonical links and the sitemap. */
export function docsPageUrl(siteOrigin: string, slug: string, docsRoute: string): string {
  return `${siteOrigin.replace(/\/+$/, "")}${docsPagePath(slug, docsRoute)}`;
}
