import { posix } from "node:path";
import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import { parseNumberPrefix } from "../book/number-prefix";

export interface NavDoc {
  type: "doc";
  /** The sidebar label (front matter `sidebar_label`, else the title). */
  label: string;
  title: string;
  slug: string;
  position: number | null;
}

export interface NavCategory {
  type: "category";
  /** The folder's name, number prefix removed. */
  label: string;
  /** The folder's path relative to the docs root. */
  path: string;
  /** Its index page's position, else the smallest among its items (where its first page would sort). */
  position: number | null;
  /** The folder's URL path, as an index page (`index.md`, `README.md`) there would have it. */
  slug: string;
  items: NavItem[];
}

export type NavItem = NavDoc | NavCategory;

/** The sidebar: pages nested by folder, each level ordered by sidebar position (unset last), then label. */
export async function navigationTree(db: Kysely<Database>): Promise<NavItem[]> {
  const rows = await db
    .selectFrom("document")
    .select(["source_path", "slug", "title", "sidebar_label", "sidebar_position"])
    .orderBy("source_path")
    .execute();

  const root: NavCategory = { type: "category", label: "", path: "", slug: "", position: null, items: [] };
  for (const row of rows) {
    const folder = posix.dirname(row.source_path);
    let parent = root;
    for (const segment of folder === "." ? [] : folder.split("/")) {
      const path = parent.path === "" ? segment : `${parent.path}/${segment}`;
      let child = parent.items.find((item): item is NavCategory => item.type === "category" && item.path === path);
      if (child === undefined) {
        const slug = path
          .split("/")
          .map((part) => parseNumberPrefix(part).name)
          .join("/");
        child = { type: "category", label: parseNumberPrefix(segment).name, path, slug, position: null, items: [] };
        parent.items.push(child);
      }
      parent = child;
    }
    parent.items.push({
      type: "doc",
      label: row.sidebar_label ?? row.title,
      title: row.title,
      slug: row.slug,
      position: row.sidebar_position,
    });
  }
  return sortLevel(root.items);
}

function sortLevel(items: NavItem[]): NavItem[] {
  for (const item of items) {
    if (item.type !== "category") continue;
    item.items = sortLevel(item.items);
    const index = item.items.find((child) => child.type === "doc" && child.slug === item.slug);
    const positions = item.items.flatMap((child) => (child.position === null ? [] : [child.position]));
    item.position = index?.position ?? (positions.length === 0 ? null : Math.min(...positions));
  }
  return items.sort(
    (a, b) =>
      (a.position ?? Number.POSITIVE_INFINITY) - (b.position ?? Number.POSITIVE_INFINITY) ||
      a.label.localeCompare(b.label, "en"),
  );
}
