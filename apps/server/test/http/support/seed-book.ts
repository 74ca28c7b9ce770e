import { createHash } from "node:crypto";
import type { Database } from "@pagewise/db";
import { insertOnlyVersion } from "@pagewise/db/testing";
import type { Kysely } from "kysely";

export interface SeedPage {
  slug: string;
  title: string;
  html: string;
  description?: string | null;
  unlisted?: boolean;
  updatedAt?: Date;
}

/** Rows as an ingest leaves them (document, book, its one version), written directly: no dependency on ingest itself. */
export async function seedBook(
  db: Kysely<Database>,
  book: { title: string; tagline?: string | null },
  pages: SeedPage[],
): Promise<void> {
  await db
    .insertInto("document")
    .values(
      pages.map((page) => ({
        slug: page.slug,
        title: page.title,
        source_path: `${page.slug === "" ? "index" : page.slug}.md`,
        content_hash: createHash("sha256").update(page.html).digest("hex"),
        html: page.html,
        description: page.description ?? null,
        unlisted: page.unlisted ?? false,
        ...(page.updatedAt === undefined ? {} : { updated_at: page.updatedAt }),
      })),
    )
    .execute();
  await db
    .insertInto("book")
    .values({ id: 1, title: book.title, tagline: book.tagline ?? null })
    .execute();
  await insertOnlyVersion(
    db,
    pages.filter((page) => !page.unlisted).map((page) => ({ type: "doc", label: page.title, slug: page.slug })),
  );
}
