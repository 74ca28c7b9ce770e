import type { SidebarItem } from "./api-types";

/** Whether `slug` is a page somewhere under `item` (itself included, for a category's own page). */
export function holdsPage(item: SidebarItem, slug: string): boolean {
  if (item.slug === slug) return true;
  return item.type === "category" && item.items.some((child) => holdsPage(child, slug));
}
