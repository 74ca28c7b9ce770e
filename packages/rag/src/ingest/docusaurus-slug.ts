import { posix } from "node:path";

/**
 * Docusaurus's default number-prefix parser: `01-intro` and `2. setup` sort the
 * sidebar and are stripped from ids and URLs. Date-like names (`2024-01-31-x`)
 * are left alone, as Docusaurus does, because they are not ordering prefixes.
 */
export function parseNumberPrefix(name: string): { position: number | undefined; name: string } {
  if (/^\d{2,4}[-_.]\d{1,2}[-_.]\d{1,2}(?:[-_.]|$)/.test(name)) return { position: undefined, name };
  const match = /^(\d+)\s*[-_.]+\s*([^-_.\s].*)$/.exec(name);
  if (match === null || match[1] === undefined || match[2] === undefined) return { position: undefined, name };
  return { position: Number(match[1]), name: match[2] };
}

export interface SlugInput {
  /** Path of the file relative to the docs root, with `/` separators. */
  sourcePath: string;
  frontMatterId?: string | undefined;
  frontMatterSlug?: string | undefined;
}

/**
 * The page's URL path under the docs route, without leading or trailing slash
 * (`""` is the docs home), computed the way Docusaurus's `getSlug` does:
 * an absolute front matter `slug` wins; a relative one resolves against the
 * folder; otherwise an index page (`index`, `README`, or named like its folder)
 * is the folder itself and any other page is folder + (front matter `id` or
 * the file name), with number prefixes stripped everywhere.
 */
export function docusaurusSlug({ sourcePath, frontMatterId, frontMatterSlug }: SlugInput): string {
  const directory = posix.dirname(sourcePath);
  const folderSegments =
    directory === "." ? [] : directory.split("/").map((segment) => parseNumberPrefix(segment).name);
  const folder = `/${folderSegments.map((segment) => `${segment}/`).join("")}`;

  if (frontMatterSlug?.startsWith("/")) return normaliseSlug(frontMatterSlug);

  const fileName = parseNumberPrefix(posix.basename(sourcePath).replace(/\.mdx?$/i, "")).name;
  if (frontMatterSlug === undefined && isCategoryIndex(fileName, folderSegments.at(-1))) return normaliseSlug(folder);

  const base = frontMatterSlug ?? frontMatterId ?? fileName;
  return normaliseSlug(posix.resolve(folder, base));
}

function isCategoryIndex(fileName: string, folderName: string | undefined): boolean {
  const name = fileName.toLowerCase();
  return name === "index" || name === "readme" || (folderName !== undefined && name === folderName.toLowerCase());
}

function normaliseSlug(path: string): string {
  return posix
    .normalize(`/${path}`)
    .replace(/^\/+|\/+$/g, "")
    .replace(/\/{2,}/g, "/");
}
