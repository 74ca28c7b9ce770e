import type { Sidebar, SidebarItem } from "./api-types";

/** Whether `slug` is a page somewhere under `item` (itself included, for a category's own page). */
export function holdsPage(item: SidebarItem, slug: string): boolean {
  if (item.slug === slug) return true;
  return item.type === "category" && item.items.some((child) => holdsPage(child, slug));
}

/**
 * The sidebar to show beside a page: the one that lists it, as Docusaurus does. A page no sidebar
 * lists still gets the first, so its reader can go on reading (Docusaurus shows none).
 */
export function sidebarFor(sidebars: readonly Sidebar[], slug: string): Sidebar | undefined {
  return sidebars.find((sidebar) => sidebar.items.some((item) => holdsPage(item, slug))) ?? sidebars[0];
}
