import type { Sidebar, SidebarItem } from "@pagewise/book";
import { ROOT_BOOK_ASSISTANT_PATH } from "./docs-route";
import { docsPagePath } from "./docs-urls";
import { escapeHtml } from "./html-escape";

/** What the server's copy of a page of the book is drawn from. */
export interface PrerenderedPage {
  bookTitle: string;
  slug: string;
  /** Where the reader serves the book (docs-pages.ts). */
  docsRoute: string;
  /** The article, sanitised at ingest. */
  articleHtml: string;
  sidebars: readonly Sidebar[] | undefined;
}

/**
 * The reader's frame around the article, in the SPA's own markup and classes (root-layout.tsx,
 * reader-layout.tsx, sidebar.tsx, doc-page.tsx): the header with the book's title and the sidebar
 * beside the article. The browser paints the page as it will stay, and the SPA's first render
 * replaces it (`pw-prerender`) without the header and sidebar jumping in. It is a picture, not the
 * app: the sidebar's links work as plain links, its folds are shown as the SPA first shows them,
 * and on a phone, where the SPA has a "Contents" drawer instead, styles hide it (reader.css).
 */
export function prerenderedLayout(page: PrerenderedPage): string {
  const sidebar = page.sidebars === undefined ? undefined : sidebarFor(page.sidebars, page.slug);
  const nav =
    sidebar === undefined || sidebar.items.length === 0
      ? ""
      : `<nav class="reader-sidebar" aria-label="Book"><ul class="sidebar-list">${sidebar.items
          .map((item) => sidebarEntry(item, page))
          .join("")}</ul></nav>`;
  return (
    '<div class="layout pw-prerender">' +
    `<header class="site-header"><a class="brand" href="${page.docsRoute === "" ? ROOT_BOOK_ASSISTANT_PATH : "/"}">${escapeHtml(page.bookTitle)}</a><div class="header-tools"></div></header>` +
    `<main id="pw-main" class="site-main"><div class="${nav === "" ? "reader reader-without-sidebar" : "reader"} wide-page">` +
    nav +
    '<div class="reader-content"><div class="doc-page"><div class="doc-article-wrap">' +
    `<article class="doc-article markdown">${page.articleHtml}</article>` +
    "</div></div></div></div></main></div>"
  );
}

/** The sidebar beside a page, as the SPA picks it: the one listing the page, else the first. */
function sidebarFor(sidebars: readonly Sidebar[], slug: string): Sidebar | undefined {
  return sidebars.find((sidebar) => sidebar.items.some((item) => holdsPage(item, slug))) ?? sidebars[0];
}

function holdsPage(item: SidebarItem, slug: string): boolean {
  if (item.type === "doc") return item.slug === slug;
  if (item.type !== "category") return false;
  return item.slug === slug || item.items.some((child) => holdsPage(child, slug));
}

/** Where a sidebar is drawn: the page it is beside, and the route its links are under. */
type SidebarPlace = Pick<PrerenderedPage, "slug" | "docsRoute">;

function sidebarEntry(item: SidebarItem, place: SidebarPlace): string {
  switch (item.type) {
    case "html":
      // Sanitised at ingest (packages/book's site/sidebar-html.ts).
      return `<li class="sidebar-html">${item.html}</li>`;
    case "link":
      return `<li><a class="sidebar-link" href="${escapeHtml(item.href)}">${escapeHtml(item.label)}</a></li>`;
    case "doc":
      return `<li>${docLink(item.slug, item.label, place, "sidebar-link")}</li>`;
    case "category": {
      if (item.items.length === 0) {
        return item.slug === null ? "" : `<li>${docLink(item.slug, item.label, place, "sidebar-link")}</li>`;
      }
      const label =
        item.slug === null
          ? `<span class="sidebar-category-label">${escapeHtml(item.label)}</span>`
          : docLink(item.slug, item.label, place, "sidebar-link sidebar-category-label");
      // As the SPA first shows it: unfolded when it holds the page or is not collapsed by default.
      const expanded = holdsPage(item, place.slug) || !item.collapsed;
      const items = item.items.map((child) => sidebarEntry(child, place)).join("");
      return `<li class="sidebar-category"><div class="sidebar-category-row">${label}</div><ul class="sidebar-list"${expanded ? "" : " hidden"}>${items}</ul></li>`;
    }
  }
}

function docLink(slug: string, label: string, place: SidebarPlace, className: string): string {
  const currentMark = slug === place.slug ? ' aria-current="page"' : "";
  return `<a class="${className}" href="${escapeHtml(docsPagePath(slug, place.docsRoute))}"${currentMark}>${escapeHtml(label)}</a>`;
}
