import { posix } from "node:path";
import { parseNumberPrefix, stripPathNumberPrefixes } from "./number-prefix";

export interface SlugInput {
  /** Path of the file relative to the docs root, with `/` separators. */
  sourcePath: string;
  frontMatterId?: string | undefined;
  frontMatterSlug?: string | undefined;
}

/**
 * Docusaurus's "category index" convention: `index`, `README` or a file named
 * like its folder (compared with their number prefixes, case-insensitively, as
 * Docusaurus's `isCategoryIndex` does) is the folder's own page.
 */
export function isCategoryIndex(sourcePath: string): boolean {
  const fileName = posix
    .basename(sourcePath)
    .replace(/\.mdx?$/i, "")
    .toLowerCase();
  const directory = posix.dirname(sourcePath);
  const folderName = directory === "." ? undefined : posix.basename(directory).toLowerCase();
  return fileName === "index" || fileName === "readme" || fileName === folderName;
}

/**
 * The Docusaurus doc id: the folder path (number prefixes stripped) and the front
 * matter `id`, else the file name without its number prefix. `_category_` links
 * and the sidebar name docs by it.
 */
export function docusaurusDocId({ sourcePath, frontMatterId }: Omit<SlugInput, "frontMatterSlug">): string {
  const directory = posix.dirname(sourcePath);
  const baseId = frontMatterId ?? parseNumberPrefix(posix.basename(sourcePath).replace(/\.mdx?$/i, "")).name;
  return directory === "." ? baseId : `${stripPathNumberPrefixes(directory)}/${baseId}`;
}

/**
 * The page's URL path under the docs route, without leading or trailing slash
 * (`""` is the docs home), computed the way Docusaurus's `getSlug` does:
 * an absolute front matter `slug` wins; a relative one resolves against the
 * folder; otherwise a category index page is the folder itself and any other
 * page is folder + (front matter `id` or the file name), with number prefixes
 * stripped everywhere.
 */
export function docusaurusSlug({ sourcePath, frontMatterId, frontMatterSlug }: SlugInput): string {
  if (frontMatterSlug?.startsWith("/")) return normaliseSlug(frontMatterSlug);

  const directory = posix.dirname(sourcePath);
  const folder = directory === "." ? "/" : `/${stripPathNumberPrefixes(directory)}/`;
  if (frontMatterSlug === undefined && isCategoryIndex(sourcePath)) return normaliseSlug(folder);

  const fileName = parseNumberPrefix(posix.basename(sourcePath).replace(/\.mdx?$/i, "")).name;
  return normaliseSlug(posix.resolve(folder, frontMatterSlug ?? frontMatterId ?? fileName));
}

/** `/a//b/` → `a/b`: the form slugs are stored and compared in. */
export function normaliseSlug(path: string): string {
  return posix
    .normalize(`/${path}`)
    .replace(/^\/+|\/+$/g, "")
    .replace(/\/{2,}/g, "/");
}

/** A slug within a version whose pages are served under `/docs/<prefix>/` (`3.7.0` + `intro` → `3.7.0/intro`). */
export function versionedSlug(prefix: string, slug: string): string {
  if (prefix === "") return slug;
  return slug === "" ? prefix : `${prefix}/${slug}`;
}
