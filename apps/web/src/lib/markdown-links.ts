import { docPath } from "./doc-links";

/**
 * Where a link in a page's Markdown should go. Docusaurus books link to each other by file
 * (`./authentication.md`, `../server/routers.mdx#setup`): those become reader paths, resolved
 * against the page's own file. Other links are returned as they are.
 */
export function resolveMarkdownHref(href: string, pageSource: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#") || href.startsWith("/")) return href;
  const [path = "", hash] = href.split("#", 2);
  if (!/\.mdx?$/i.test(path)) return href;
  const folder = pageSource.split("/").slice(0, -1);
  for (const segment of path.split("/")) {
    if (segment === "..") folder.pop();
    else if (segment !== "." && segment !== "") folder.push(segment);
  }
  const slug = folder
    .join("/")
    .replace(/\.mdx?$/i, "")
    .replace(/(?:^|\/)(?:index|README)$/i, "")
    // Docusaurus drops number prefixes ("01-intro") from URLs.
    .replace(/(^|\/)\d+[-_]/g, "$1");
  const target = docPath(slug);
  return hash ? `${target}#${hash}` : target;
}
