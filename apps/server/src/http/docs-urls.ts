/** The reader's URL path for a page: `/docs` for the book's home (""), `/docs/a/b` below it. */
export function docsPagePath(slug: string): string {
  const segments = slug.split("/").filter((segment) => segment !== "");
  return segments.length === 0 ? "/docs" : `/docs/${segments.map(encodeURIComponent).join("/")}`;
}

/** The page's absolute URL on the site (BETTER_AUTH_URL's origin), for canonical links and the sitemap. */
export function docsPageUrl(siteOrigin: string, slug: string): string {
  return `${siteOrigin.replace(/\/+$/, "")}${docsPagePath(slug)}`;
}
