import type { BookInfo, BookVersion, DocumentPage } from "./api-types";

/**
 * A site's documentation versions, as Docusaurus serves them: the last version (the default one)
 * at /docs/<slug>, every other under its path, /docs/<path>/<slug>. A page's slug already starts
 * with its version's path (`3.7.0/intro`), so the URL alone says which version is being read.
 */

/** The version a slug belongs to: the one whose path prefixes it (the longest, should one path prefix another), else the last. */
export function versionOfSlug(versions: readonly BookVersion[], slug: string): BookVersion | undefined {
  let found: BookVersion | undefined;
  for (const version of versions) {
    if (version.path === "" || (slug !== version.path && !slug.startsWith(`${version.path}/`))) continue;
    if (found === undefined || version.path.length > found.path.length) found = version;
  }
  return found ?? lastVersion(versions);
}

/** The version readers get by default (served at /docs); undefined before the first ingest. */
export function lastVersion(versions: readonly BookVersion[]): BookVersion | undefined {
  return versions.find((version) => version.isLast);
}

/** What docs.list, docs.searchIndex and the assistant's procedures are sent to name a version. */
export type VersionInput = { version: string } | undefined;

/**
 * The input for a version: none on a site with fewer than two versions, the version's name on
 * one with more. The server embeds the first page's docs.list answer under the input this rule
 * gives (apps/server/src/http/docs-pages.ts), so the SPA must ask with exactly the same one to
 * read it instead of fetching again.
 */
export function versionInput(versions: readonly BookVersion[], name: string | undefined): VersionInput {
  return versions.length < 2 || name === undefined ? undefined : { version: name };
}

/** Enough of a page to find it again in another version. */
export type VersionedPage = Pick<DocumentPage, "slug" | "version" | "alternates">;

/**
 * Where switching to `version` leads from `page`: the same page in that version when it has one
 * (the page itself for its own version), else that version's home. Without a page (not loaded
 * yet, or none at this address) it is the version's home too.
 */
export function slugInVersion(page: VersionedPage | undefined, version: BookVersion): string {
  if (page !== undefined) {
    if (page.version === version.name) return page.slug;
    const alternate = page.alternates.find((candidate) => candidate.version === version.name);
    if (alternate !== undefined) return alternate.slug;
  }
  // A version without pages has no home: its root URL at least says so ("No such page").
  return version.homeSlug ?? version.path;
}

/**
 * The page a version's root address (/docs, /docs/next) stands for when it has no page of its
 * own, as Docusaurus opens a version at its first doc; undefined for any other slug. A book that
 * lists no versions (stored before versions were) has only /docs, which opens the book's home.
 */
export function versionRootHome(book: Pick<BookInfo, "versions" | "homeSlug">, slug: string): string | undefined {
  const version = versionOfSlug(book.versions, slug);
  const home =
    version === undefined ? (slug === "" ? book.homeSlug : null) : slug === version.path ? version.homeSlug : null;
  return home === null || home === slug ? undefined : home;
}
