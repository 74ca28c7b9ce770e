import { join, resolve } from "node:path";
import { type BookVersionSource, DEFAULT_DOCS_ROUTE, locateSiteBook } from "@pagewise/book";
import { findProjectRoot } from "@pagewise/db";
import type { Config } from "./config";

/** Where the book is read from at start-up, whichever setting named it. */
export interface BookSource {
  docsDir: string;
  staticDir: string | undefined;
  siteUrl: string | undefined;
  /** The Docusaurus site's folder, when SITE_DIR named one. */
  siteDir: string | undefined;
  /** Where the reader serves the book: the site's `routeBasePath` (`/docs` by default, "" for the root). */
  docsRoute: string;
  /** The site's versions (`current` and those in `versions.json`); undefined: the docs folder is the one version. */
  versions: BookVersionSource[] | undefined;
}

/**
 * The book's folders: SITE_DIR's config names them (what it sets and Pagewise does not apply is
 * logged), else DOCS_DIR, else the project's own user guide. DOCS_STATIC_DIR and DOCS_SITE_URL win
 * over what the site's config says. Throws SiteDirError for a SITE_DIR without a readable config.
 */
export async function resolveBookSource(
  config: Pick<Config, "siteDir" | "docsDir" | "docsStaticDir" | "docsSiteUrl">,
  log: (line: string) => void,
): Promise<BookSource> {
  const staticDir = config.docsStaticDir === undefined ? undefined : resolve(config.docsStaticDir);
  if (config.siteDir === undefined) {
    return {
      docsDir: resolve(config.docsDir ?? join(findProjectRoot(), "docs")),
      staticDir,
      siteUrl: config.docsSiteUrl,
      siteDir: undefined,
      docsRoute: DEFAULT_DOCS_ROUTE,
      versions: undefined,
    };
  }
  const site = await locateSiteBook(config.siteDir);
  log(`Site ${site.siteDir}: the book is ${site.docsDir}.`);
  for (const note of site.notes) log(note);
  return {
    docsDir: site.docsDir,
    staticDir: staticDir ?? site.staticDir,
    siteUrl: config.docsSiteUrl ?? site.siteUrl,
    siteDir: site.siteDir,
    docsRoute: site.docsRoute,
    versions: site.versions,
  };
}
