import { allSidebarItems, type BookVersion, CURRENT_VERSION, sidebarOrder, VERSION_BANNERS } from "@pagewise/book";
import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import { parseSidebars } from "./read-sidebars";

/** The site's versions as the last ingest stored them, in menu order (none before the first ingest). */
export async function readBookVersions(db: Kysely<Database>): Promise<BookVersion[]> {
  const rows = await db
    .selectFrom("book_version")
    .select(["name", "label", "path", "banner", "badge", "is_last", "sidebar"])
    .orderBy("position")
    .execute();
  if (rows.length === 0) return [];
  const homes = new Set(
    (
      await db
        .selectFrom("document")
        .select("slug")
        .where(
          "slug",
          "in",
          rows.map((row) => row.path),
        )
        .execute()
    ).map((row) => row.slug),
  );
  return rows.map((row) => ({
    name: row.name,
    label: row.label,
    path: row.path,
    banner: VERSION_BANNERS.find((banner) => banner === row.banner) ?? null,
    badge: row.badge,
    isLast: row.is_last,
    // Its root index page, else its first page in sidebar order.
    homeSlug: homes.has(row.path)
      ? row.path
      : (sidebarOrder(allSidebarItems(parseSidebars(row.sidebar)))[0]?.slug ?? null),
  }));
}

/**
 * The name of the version a request asks for: `requested` when the site has it, else (when none
 * is asked for) the last version, `current` before the first ingest. Undefined for a version the
 * site does not have.
 */
export async function resolveVersion(db: Kysely<Database>, requested: string | undefined): Promise<string | undefined> {
  const query = db.selectFrom("book_version").select("name");
  const row = await (requested === undefined
    ? query.where("is_last", "=", true)
    : query.where("name", "=", requested)
  ).executeTakeFirst();
  if (row !== undefined) return row.name;
  if (requested !== undefined && requested !== CURRENT_VERSION) return undefined;
  // No versions stored yet (nothing ingested): the docs folder is the one version there will be.
  const any = await db.selectFrom("book_version").select("name").limit(1).executeTakeFirst();
  return any === undefined ? CURRENT_VERSION : undefined;
}
