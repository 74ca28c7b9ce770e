import { readBookInfo, readDocument, readSidebars, searchIndex } from "@pagewise/rag";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { safeText } from "../input/safe-text";
import { versionInput } from "../input/version-input";
import { bookVersion } from "../rag/book-version";
import { publicProcedure, router } from "../trpc";

export const docsGetInput = z.object(
  {
    slug: safeText("slug must be text.").trim().max(1000, "slug is too long."),
  },
  { error: "Send an object with a slug." },
);

/** Which version a reader is in: `docs.list` and `docs.searchIndex` answer for it (by default the last one). */
export const docsVersionInput = z
  .object({ version: versionInput }, { error: "Send an object with a version." })
  .optional();

/**
 * The book itself: its versions' sidebars, its pages (rendered at ingest; a page's slug names its
 * version, as its URL does), its identity and versions, and its quick-search index.
 */
export const docs = router({
  list: publicProcedure
    .input(docsVersionInput)
    .query(async ({ ctx, input }) => readSidebars(ctx.db, await bookVersion(ctx, input?.version))),
  get: publicProcedure.input(docsGetInput).query(async ({ ctx, input }) => {
    const page = await readDocument(ctx.db, input.slug);
    if (page === undefined) throw new TRPCError({ code: "NOT_FOUND", message: `No page at /docs/${input.slug}.` });
    return page;
  }),
  book: publicProcedure.query(({ ctx }) => readBookInfo(ctx.db, ctx.book)),
  searchIndex: publicProcedure
    .input(docsVersionInput)
    .query(async ({ ctx, input }) => searchIndex(ctx.db, await bookVersion(ctx, input?.version))),
  /** What the privacy text tells readers about the site's own records: how long questions are kept. */
  privacy: publicProcedure.query(({ ctx }) => ({ questionRetentionDays: ctx.questionRetentionDays })),
});
