import { resolve } from "node:path";
import { DEFAULT_DOCS_ROUTE, docsRouteOf } from "./docs-route";
import { readSiteConfig, SITE_CONFIG_FILES } from "./site-config";
import { type BookVersionSource, readSiteVersions } from "./site-versions";

/** Where a Docusaurus site (SITE_DIR) keeps its book, as its config says. */
export interface SiteBook {
  siteDir: string;
  /** The docs plugin's `path`, default `docs`. */
  docsDir: string;
  /** `static/`, where `/img/…` assets live. */
  staticDir: string;
  /** The published site, `url` + `baseUrl`, when the config writes both out. */
  siteUrl: string | undefined;
  /**
   * Where the reader serves the docs, from the config's `routeBasePath`: `/docs` by default,
   * `/guides`, or "" for the site's root.
   */
  docsRoute: string;
  /** `current` (the docs folder) and the versions `versions.json` lists and the site has, in menu order. */
  versions: BookVersionSource[];
  /** What the config sets that Pagewise does not read or apply, one sentence each, for the log. */
  notes: string[];
}

/** A SITE_DIR that holds no Docusaurus site Pagewise can read a book from. */
export class SiteDirError extends Error {
  override readonly name = "SiteDirError";
}

/** The defaults Docusaurus applies when the docs plugin leaves them unset. */
const DEFAULT_DOCS_PATH = "docs";

/**
 * The book of the Docusaurus site in `siteDir`: its config (read, never run) names the docs folder;
 * what it sets and Pagewise does not apply is listed in `notes`, and what it does not write out
 * literally falls back to Docusaurus's default. Throws SiteDirError when there is no config, or the
 * config turns docs off.
 */
export async function locateSiteBook(siteDir: string): Promise<SiteBook> {
  const dir = resolve(siteDir);
  const config = await readSiteConfig(dir);
  if (config === undefined) {
    throw new SiteDirError(
      `SITE_DIR ${dir} holds no readable ${SITE_CONFIG_FILES.join(" / ")}: point it at your Docusaurus site's folder, or set DOCS_DIR to the docs folder itself.`,
    );
  }
  if (config.docs === false) {
    throw new SiteDirError(`${config.path} turns the docs plugin off (docs: false): there is no book to read.`);
  }
  const notes = config.skipped.map((skipped) => `${config.path}: ${skipped}: not written literally, so not read.`);
  if (config.otherSkipped > 0) {
    notes.push(
      `${config.path}: ${config.otherSkipped} other settings are not written literally; Pagewise reads the config without running it and does not use them.`,
    );
  }
  const docsRoute = docsRouteOf(config.docs.routeBasePath);
  if ("refused" in docsRoute)
    notes.push(`${config.path}: ${docsRoute.refused}: the reader serves the docs under /docs.`);
  const docsDir = resolve(dir, config.docs.path ?? DEFAULT_DOCS_PATH);
  const versions = await readSiteVersions(dir, config, docsDir);
  notes.push(...versions.notes);
  if (versions.versions.length === 0) {
    throw new SiteDirError(`${config.path}: none of the site's versions could be read (${versions.notes.join(" ")}).`);
  }
  return {
    siteDir: dir,
    docsDir,
    staticDir: resolve(dir, "static"),
    siteUrl: publishedAt(config.url, config.baseUrl),
    docsRoute: "route" in docsRoute ? docsRoute.route : DEFAULT_DOCS_ROUTE,
    versions: versions.versions,
    notes,
  };
}

/** `url` + `baseUrl` (`https://acme.dev` + `/docs-site/`), without the trailing slash; none unless `url` is http(s). */
function publishedAt(url: string | undefined, baseUrl: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const published = new URL(baseUrl ?? "/", url);
    if (published.protocol !== "http:" && published.protocol !== "https:") return undefined;
    return published.href.replace(/\/+$/, "");
  } catch {
    return undefined;
  }
}
