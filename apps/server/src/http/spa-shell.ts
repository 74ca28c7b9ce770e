import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_DOCS_ROUTE } from "@pagewise/book";
import { DOCS_ROUTE_META } from "./docs-route";
import { escapeHtml, jsonForScript } from "./html-escape";

/** The id of the element that carries the first page's data to the SPA (apps/web/src/initial-data.ts). */
export const INITIAL_DATA_ELEMENT_ID = "pw-initial-data";

/** index.html is not the SPA's template: it lacks a piece the shell needs. */
export class SpaShellTemplateError extends Error {
  override readonly name = "SpaShellTemplateError";
}

/** What one answer of the shell says about its page; everything is escaped except `bodyHtml`. */
export interface ShellPage {
  /** The whole `<title>`; the build's own when absent. */
  title?: string;
  /** The build's own when absent; none when null. */
  description?: string | null;
  canonicalUrl?: string;
  /** Open Graph: the page's own title (without the site's name) and the site's name. */
  openGraph?: { title: string; siteName: string };
  /** Asks search engines not to index the answer (404s). */
  noindex?: boolean;
  /** Trusted HTML (the article, sanitised at ingest), shown inside the root element until the SPA renders. */
  bodyHtml?: string;
  /** Handed to the SPA as JSON, for its first render. */
  initialData?: unknown;
}

export interface SpaShell {
  render(page: ShellPage): string;
}

const TITLE = /<title>([\s\S]*?)<\/title>/i;
// With the line it stands on, so no blank line is left where it was.
const DESCRIPTION = /\n?[ \t]*<meta\s+name=["']description["']\s+content=["']([^"']*)["']\s*\/?>/i;
const EMPTY_ROOT = /<div id="root">\s*<\/div>/i;

/**
 * The SPA's index.html, split once into the pieces around what each page fills in: the head's
 * title and meta tags, the root element's content, and the data script before `</body>`. A docs
 * route other than `/docs` is named in a `<meta>` of every page, for the SPA's router.
 */
export function parseSpaShell(indexHtml: string, docsRoute: string = DEFAULT_DOCS_ROUTE): SpaShell {
  // The build's own description is replaced by each page's, and its title is where the head's tags go.
  const description = DESCRIPTION.exec(indexHtml);
  const html =
    description === null
      ? indexHtml
      : indexHtml.slice(0, description.index) + indexHtml.slice(description.index + description[0].length);
  const title = TITLE.exec(html);
  if (title === null) throw new SpaShellTemplateError("index.html has no <title>.");
  const beforeHeadTags = html.slice(0, title.index);
  const afterHeadTags = html.slice(title.index + title[0].length);

  const root = EMPTY_ROOT.exec(afterHeadTags);
  if (root === null) throw new SpaShellTemplateError('index.html has no empty <div id="root"></div>.');
  const beforeBody = `${afterHeadTags.slice(0, root.index)}<div id="root">`;
  const afterRoot = afterHeadTags.slice(root.index + root[0].length);
  const bodyEnd = afterRoot.lastIndexOf("</body>");
  if (bodyEnd === -1) throw new SpaShellTemplateError("index.html has no </body>.");
  const betweenRootAndData = `</div>${afterRoot.slice(0, bodyEnd)}`;
  const end = afterRoot.slice(bodyEnd);

  // The build's own title and description are already HTML: kept as written.
  const defaultTitle = title[1] ?? "";
  const defaultDescription = description?.[1];

  return {
    render(page) {
      const tags = [`<title>${page.title === undefined ? defaultTitle : escapeHtml(page.title)}</title>`];
      if (docsRoute !== DEFAULT_DOCS_ROUTE)
        tags.push(`<meta name="${DOCS_ROUTE_META}" content="${escapeHtml(docsRoute)}" />`);
      if (page.description === undefined) {
        if (defaultDescription !== undefined) tags.push(`<meta name="description" content="${defaultDescription}" />`);
      } else if (page.description !== null) {
        tags.push(`<meta name="description" content="${escapeHtml(page.description)}" />`);
      }
      if (page.noindex) tags.push('<meta name="robots" content="noindex" />');
      if (page.canonicalUrl !== undefined) {
        tags.push(`<link rel="canonical" href="${escapeHtml(page.canonicalUrl)}" />`);
      }
      if (page.openGraph !== undefined) {
        tags.push(
          '<meta property="og:type" content="article" />',
          `<meta property="og:title" content="${escapeHtml(page.openGraph.title)}" />`,
          `<meta property="og:site_name" content="${escapeHtml(page.openGraph.siteName)}" />`,
        );
        if (page.description) tags.push(`<meta property="og:description" content="${escapeHtml(page.description)}" />`);
        if (page.canonicalUrl !== undefined) {
          tags.push(`<meta property="og:url" content="${escapeHtml(page.canonicalUrl)}" />`);
        }
      }
      const data =
        page.initialData === undefined
          ? ""
          : `<script type="application/json" id="${INITIAL_DATA_ELEMENT_ID}">${jsonForScript(page.initialData)}</script>`;
      return (
        beforeHeadTags + tags.join("\n    ") + beforeBody + (page.bodyHtml ?? "") + betweenRootAndData + data + end
      );
    },
  };
}

/** Reads `index.html` from the SPA's build, once, at start-up. */
export function loadSpaShell(webDistDir: string, docsRoute: string): SpaShell {
  return parseSpaShell(readFileSync(join(webDistDir, "index.html"), "utf8"), docsRoute);
}
