import { posix } from "node:path";
import type { PageLink, SidebarCategory, SidebarItem } from "./book-shapes";
import { isCategoryIndex } from "./doc-slug";
import { parseNumberPrefix } from "./number-prefix";
import type { Book, BookPage } from "./read-book";
import { compareCodeUnits } from "./walk-docs-tree";

interface Folder {
  /** Relative to the docs root, with number prefixes ("" for the root). */
  path: string;
  pages: BookPage[];
  folders: Map<string, Folder>;
}

/** An item with what Docusaurus sorts it by: position (unset last), then file or folder name. */
interface Sortable {
  item: SidebarItem;
  position: number | undefined;
  source: string;
}

/**
 * The sidebar Docusaurus autogenerates for the docs folder: each folder is a
 * category (`_category_` label, position, collapsed, link), its index page
 * (index/README/named like the folder) or `link` doc opens the category instead
 * of being listed in it, items are ordered by position and then by name, and
 * unlisted pages are left out. Root-level pages and folders form the top list.
 */
export function buildSidebar(book: Book, titleOf: (sourcePath: string) => string): SidebarItem[] {
  const root: Folder = { path: "", pages: [], folders: new Map() };
  for (const page of book.pages) {
    if (page.frontMatter.unlisted) continue;
    const directory = posix.dirname(page.sourcePath);
    let folder = root;
    for (const name of directory === "." ? [] : directory.split("/")) {
      let child = folder.folders.get(name);
      if (child === undefined) {
        child = { path: folder.path === "" ? name : `${folder.path}/${name}`, pages: [], folders: new Map() };
        folder.folders.set(name, child);
      }
      folder = child;
    }
    folder.pages.push(page);
  }

  const pageBySourcePath = new Map(book.pages.map((page) => [page.sourcePath, page]));
  const labelOf = (page: BookPage) => page.frontMatter.sidebarLabel ?? titleOf(page.sourcePath);

  const itemsOf = (folder: Folder, leaveOut: BookPage | undefined): Sortable[] => [
    ...folder.pages
      .filter((page) => page !== leaveOut)
      .map(
        (page): Sortable => ({
          item: { type: "doc", label: labelOf(page), slug: page.slug },
          position: page.position,
          source: posix.basename(page.sourcePath),
        }),
      ),
    ...[...folder.folders.values()].flatMap((child) => {
      const category = categoryOf(child);
      return category === undefined ? [] : [category];
    }),
  ];

  const categoryOf = (folder: Folder): Sortable | undefined => {
    const settings = book.categories.get(folder.path);
    const link = settings?.link;
    const linkedPage =
      link === undefined
        ? folder.pages.find((page) => isCategoryIndex(page.sourcePath))
        : link?.type === "doc"
          ? pageBySourcePath.get(link.sourcePath)
          : undefined;
    const items = sortItems(itemsOf(folder, linkedPage));
    const slug = linkedPage?.slug ?? (link?.type === "generated-index" ? link.slug : null);
    // Docusaurus drops nothing here but fails the build; a category with nothing to open is just left out.
    if (items.length === 0 && slug === null) return undefined;
    const folderName = posix.basename(folder.path);
    const category: SidebarCategory = {
      type: "category",
      label:
        settings?.label ??
        (linkedPage === undefined ? undefined : labelOf(linkedPage)) ??
        folderLabel(parseNumberPrefix(folderName).name),
      slug,
      // A category that cannot collapse is always open.
      collapsed: settings?.collapsible === false ? false : (settings?.collapsed ?? true),
      items,
    };
    return {
      item: category,
      position: settings?.position ?? linkedPage?.position ?? parseNumberPrefix(folderName).position,
      source: folderName,
    };
  };

  return sortItems(itemsOf(root, undefined));
}

/**
 * A folder's name read as a label: `landing-intro` → "Landing intro". Docusaurus shows the raw
 * name, but a book without `_category_` files (its sidebar written in sidebars.js, which is code we
 * do not run) would then show `client`, `main`, `landing-intro` to its readers.
 */
export function folderLabel(name: string): string {
  const words = name.replace(/[-_]+/g, " ").trim();
  return words === "" ? name : `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

function sortItems(items: Sortable[]): SidebarItem[] {
  return items
    .sort(
      (a, b) =>
        (a.position ?? Number.POSITIVE_INFINITY) - (b.position ?? Number.POSITIVE_INFINITY) ||
        compareCodeUnits(a.source, b.source),
    )
    .map((sortable) => sortable.item);
}

/**
 * Every page a reader can reach from the sidebar, in reading order (a category's
 * own page before its items), each once: what previous/next walk through.
 */
export function sidebarOrder(sidebar: SidebarItem[]): PageLink[] {
  const order: PageLink[] = [];
  const seen = new Set<string>();
  const add = (slug: string, label: string) => {
    if (seen.has(slug)) return;
    seen.add(slug);
    order.push({ slug, label });
  };
  const visit = (items: SidebarItem[]) => {
    for (const item of items) {
      if (item.type === "doc") add(item.slug, item.label);
      else {
        if (item.slug !== null) add(item.slug, item.label);
        visit(item.items);
      }
    }
  };
  visit(sidebar);
  return order;
}
