import type { Sidebar, SidebarItem } from "./api-types";

/** Whether `slug` is a page somewhere under `item` (itself included, for a category's own page). */
export function holdsPage(item: SidebarItem, slug: string): boolean {
  if (item.type === "doc") return item.slug === slug;
  if (item.type !== "category") return false;
  return item.slug === slug || item.items.some((child) => holdsPage(child, slug));
}

/** A React key for an item that stays its own when the reader moves to a page of another sidebar. */
export function sidebarItemKey(item: SidebarItem): string {
  switch (item.type) {
    case "doc":
      return `doc:${item.slug}`;
    case "category":
      return `category:${item.label}:${item.slug}`;
    case "link":
      return `link:${item.label}:${item.href}`;
    case "html":
      return `html:${item.html}`;
  }
}

/**
 * The sidebar to show beside a page: the one that lists it, as Docusaurus does. A page no sidebar
 * lists still gets the first, so its reader can go on reading (Docusaurus shows none).
 */
export function sidebarFor(sidebars: readonly Sidebar[], slug: string): Sidebar | undefined {
  return sidebars.find((sidebar) => sidebar.items.some((item) => holdsPage(item, slug))) ?? sidebars[0];
}
