import {
  type DocumentPage,
  pageEditUrl,
  type SidebarItem,
  sidebarHolding,
  sidebarOrder,
  tocEntrySchema,
} from "@pagewise/book";
import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import { z } from "zod";
import { parseSidebars } from "./read-sidebars";

/** The page at a slug (`server/routers`, with or without slashes around it), or undefined. */
export async function readDocument(db: Kysely<Database>, slug: string): Promise<DocumentPage | undefined> {
  const wanted = slug.trim().replace(/^\/+|\/+$/g, "");
  const row = await db
    .selectFrom("document")
    .leftJoin("book_version", "book_version.name", "document.version")
    .select([
      "document.title",
      "document.slug",
      "document.source_path",
      "document.html",
      "document.toc",
      "document.description",
      "document.unlisted",
      "document.version",
      // The page's sidebar and its edit link are its version's.
      "book_version.sidebar",
      "book_version.edit_url",
    ])
    .where("document.slug", "=", wanted)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  // The same file in the site's other versions: where the version menu takes the reader.
  const alternates = await db
    .selectFrom("document")
    .select(["version", "slug"])
    .where("source_path", "=", row.source_path)
    .where("version", "<>", row.version)
    .execute();
  const sidebars = parseSidebars(row.sidebar);
  // Previous, next and breadcrumbs stay within the page's own sidebar.
  const sidebar = sidebarHolding(sidebars, row.slug)?.items ?? [];
  const order = sidebarOrder(sidebar);
  const index = order.findIndex((link) => link.slug === row.slug);
  const toc = z.array(tocEntrySchema).safeParse(row.toc);
  return {
    slug: row.slug,
    title: row.title,
    description: row.description,
    source: row.source_path,
    html: row.html,
    toc: toc.success ? toc.data : [],
    previous: index > 0 ? (order[index - 1] ?? null) : null,
    next: index === -1 ? null : (order[index + 1] ?? null),
    breadcrumbs: breadcrumbsTo(sidebar, row.slug) ?? [],
    unlisted: row.unlisted,
    editUrl: pageEditUrl(row.edit_url, row.source_path),
    version: row.version,
    alternates,
  };
}

/** The categories above the page, outermost first; undefined when the sidebar does not hold it. */
function breadcrumbsTo(items: SidebarItem[], slug: string): DocumentPage["breadcrumbs"] | undefined {
  for (const item of items) {
    if (item.type === "doc") {
      if (item.slug === slug) return [];
      continue;
    }
    if (item.type !== "category") continue;
    if (item.slug === slug) return [];
    const inner = breadcrumbsTo(item.items, slug);
    if (inner !== undefined) return [{ label: item.label, slug: item.slug }, ...inner];
  }
  return undefined;
}
