import { dirname, relative, sep } from "node:path";
import type { SiteConfig } from "./site-config";

/**
 * Where the book's pages are edited, as Docusaurus builds "Edit this page" from a string `editUrl`:
 * the URL, then the docs folder's path in the site (`…/edit/main/` + `docs`). Undefined without a
 * site, without `editUrl`, or with one that is not an http(s) URL (it becomes a link readers click).
 */
export function editUrlBase(site: Pick<SiteConfig, "path" | "docs"> | undefined, docsRoot: string): string | undefined {
  const editUrl = site === undefined || site.docs === false ? undefined : site.docs.editUrl;
  if (site === undefined || editUrl === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(editUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  const inSite = relative(dirname(site.path), docsRoot)
    .split(sep)
    .filter((part) => part !== "" && part !== ".");
  // A docs folder outside the site has no path in the site's repository.
  if (inSite.includes("..")) return undefined;
  return [url.href.replace(/\/+$/, ""), ...inSite.map(encodeURIComponent)].join("/");
}

/** One page's "Edit this page" link; none for a page ingest made (a generated index), which has no file. */
export function pageEditUrl(base: string | null | undefined, sourcePath: string): string | null {
  if (base === null || base === undefined || !/\.mdx?$/i.test(sourcePath)) return null;
  return `${base}/${sourcePath.split("/").map(encodeURIComponent).join("/")}`;
}
