import type { Database } from "@pagewise/db";
import {
  type BookInfo,
  type DocumentPage,
  type PageLink,
  type SearchEntry,
  type SidebarItem,
  sidebarItemSchema,
  type TocEntry,
  tocEntrySchema,
} from "@pagewise/rag";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import { z } from "zod";
import { publicProcedure, router } from "../trpc";

// TEMPORARY stand-in (branch `web`) until the pipeline's docs router lands: it reads the
// columns and the `book` row that migration 0009 added, nothing more. Take the pipeline's version on merge.

export const docsGetInput = z.object(
  {
    slug: z.string({ error: "slug must be text." }).trim().max(1000, "slug is too long."),
  },
  { error: "Send an object with a slug." },
);

const sidebarSchema = z.array(sidebarItemSchema);
const tocSchema = z.array(tocEntrySchema);
const questionsSchema = z.array(z.string());

async function readSidebar(db: Kysely<Database>): Promise<SidebarItem[]> {
  const row = await db.selectFrom("book").select("sidebar").where("id", "=", 1).executeTakeFirst();
  const parsed = sidebarSchema.safeParse(row?.sidebar);
  if (parsed.success && parsed.data.length > 0) return parsed.data;
  const docs = await db
    .selectFrom("document")
    .select(["slug", "title", "sidebar_label"])
    .where("unlisted", "=", false)
    .orderBy("source_path")
    .execute();
  return docs.map((doc) => ({ type: "doc", label: doc.sidebar_label ?? doc.title, slug: doc.slug }));
}

function flatten(items: SidebarItem[], trail: PageLink[] = [], out: Array<PageLink & { trail: PageLink[] }> = []) {
  for (const item of items) {
    if (item.type === "doc") out.push({ slug: item.slug, label: item.label, trail });
    else {
      if (item.slug !== null) out.push({ slug: item.slug, label: item.label, trail });
      flatten(item.items, [...trail, { slug: item.slug ?? "", label: item.label }], out);
    }
  }
  return out;
}

function parseToc(value: unknown): TocEntry[] {
  const parsed = tocSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

/** The book itself: its sidebar, its pages, its identity and its quick-search index. */
export const docs = router({
  list: publicProcedure.query(({ ctx }) => readSidebar(ctx.db)),
  get: publicProcedure.input(docsGetInput).query(async ({ ctx, input }): Promise<DocumentPage> => {
    const slug = input.slug.replace(/^\/+|\/+$/g, "");
    const row = await ctx.db
      .selectFrom("document")
      .select(["slug", "title", "description", "source_path", "html", "toc"])
      .where("slug", "=", slug)
      .executeTakeFirst();
    if (row === undefined) throw new TRPCError({ code: "NOT_FOUND", message: `No page at /docs/${slug}.` });
    const order = flatten(await readSidebar(ctx.db));
    const index = order.findIndex((link) => link.slug === slug);
    const at = (i: number): PageLink | null => {
      const link = order[i];
      return link === undefined ? null : { slug: link.slug, label: link.label };
    };
    return {
      slug: row.slug,
      title: row.title,
      description: row.description,
      source: row.source_path,
      html: row.html,
      toc: parseToc(row.toc),
      previous: index > 0 ? at(index - 1) : null,
      next: index >= 0 ? at(index + 1) : null,
      breadcrumbs: (order[index]?.trail ?? []).map((link) => ({
        label: link.label,
        slug: link.slug === "" ? null : link.slug,
      })),
    };
  }),
  book: publicProcedure.query(async ({ ctx }): Promise<BookInfo> => {
    const row = await ctx.db.selectFrom("book").selectAll().where("id", "=", 1).executeTakeFirst();
    const first = flatten(await readSidebar(ctx.db))[0];
    const questions = questionsSchema.safeParse(row?.questions);
    return {
      title: row?.title ?? "Documentation",
      tagline: row?.tagline ?? null,
      questions: questions.success ? questions.data : [],
      homeSlug: first?.slug ?? null,
    };
  }),
  searchIndex: publicProcedure.query(async ({ ctx }): Promise<SearchEntry[]> => {
    const rows = await ctx.db
      .selectFrom("document")
      .select(["slug", "title", "toc"])
      .where("unlisted", "=", false)
      .orderBy("source_path")
      .execute();
    return rows.flatMap((row) => [
      { slug: row.slug, page: row.title },
      ...parseToc(row.toc)
        .filter((entry) => entry.depth <= 3)
        .map((entry) => ({ slug: row.slug, page: row.title, heading: { text: entry.text, id: entry.id } })),
    ]);
  }),
});
