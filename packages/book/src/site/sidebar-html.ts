import { fromHtml } from "hast-util-from-html";
import { defaultSchema, sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";

/** A longer `html` item is not a separator or a heading: left out. */
const MAX_SIDEBAR_HTML_CHARS = 2_000;

/**
 * A sidebars file's `html` item as the reader may show it: GitHub's sanitising rules (no script,
 * no event handlers, no `javascript:` URLs), as for any HTML a stranger wrote. Undefined when
 * nothing is left, or the item is too long to be a sidebar entry.
 */
export function sidebarHtml(value: string): string | undefined {
  if (value.length > MAX_SIDEBAR_HTML_CHARS) return undefined;
  const html = toHtml(sanitize(fromHtml(value, { fragment: true }), defaultSchema)).trim();
  return html === "" ? undefined : html;
}

/** Where a `link` item may point: the web (http, https), mail, or a path of this site (`/blog`, not `//host`). */
export function isSidebarHref(href: string): boolean {
  return /^(?:https?:\/\/|mailto:)/i.test(href) || (href.startsWith("/") && !href.startsWith("//"));
}
