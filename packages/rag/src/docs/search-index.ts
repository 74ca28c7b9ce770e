import { allSidebarItems, CURRENT_VERSION, type SearchEntry, sidebarOrder, tocEntrySchema } from "@pagewise/book";
import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import { z } from "zod";
import { resolveVersion } from "./book-versions";
import { readSidebars } from "./read-sidebars";

/**
 * The quick-search index of one version (by default the last one): every listed page and its
 * outline headings, in sidebar order (pages the sidebar does not list come last, by slug).
 */
export async function searchIndex(db: Kysely<Database>, requested?: string): Promise<SearchEntry[]> {
  const version = (await resolveVersion(db, requested)) ?? requested ?? CURRENT_VERSION;
  const [rows, sidebars] = await Promise.all([
    db
      .selectFrom("document")
      .select(["slug", "title", "toc"])
      .where("unlisted", "=", false)
      .where("version", "=", version)
      .orderBy("slug")
      .execute(),
    readSidebars(db, version),
  ]);
  const rank = new Map(sidebarOrder(allSidebarItems(sidebars)).map((link, index) => [link.slug, index]));
  const ordered = [...rows].sort(
    (a, b) => (rank.get(a.slug) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.slug) ?? Number.MAX_SAFE_INTEGER),
  );
  return ordered.flatMap((row): SearchEntry[] => {
    const toc = z.array(tocEntrySchema).safeParse(row.toc);
    const headings = (toc.success ? toc.data : []).map(
      (entry): SearchEntry => ({ slug: row.slug, page: row.title, heading: { text: entry.text, id: entry.id } }),
    );
    return [{ slug: row.slug, page: row.title }, ...headings];
  });
}
