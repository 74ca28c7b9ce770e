import { readBookInfo, readDocument, readSidebars, searchIndex } from "@pagewise/rag";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { safeText } from "../input/safe-text";
import { publicProcedure, router } from "../trpc";

export const docsGetInput = z.object(
  {
    slug: safeText("slug must be text.").trim().max(1000, "slug is too long."),
  },
  { error: "Send an object with a slug." },
);

/** The book itself: its sidebar, its pages (rendered at ingest), its identity and its quick-search index. */
export const docs = router({
  list: publicProcedure.query(({ ctx }) => readSidebars(ctx.db)),
  get: publicProcedure.input(docsGetInput).query(async ({ ctx, input }) => {
    const page = await readDocument(ctx.db, input.slug);
    if (page === undefined) throw new TRPCError({ code: "NOT_FOUND", message: `No page at /docs/${input.slug}.` });
    return page;
  }),
  book: publicProcedure.query(({ ctx }) => readBookInfo(ctx.db, ctx.book)),
  searchIndex: publicProcedure.query(({ ctx }) => searchIndex(ctx.db)),
  /** What the privacy text tells readers about the site's own records: how long questions are kept. */
  privacy: publicProcedure.query(({ ctx }) => ({ questionRetentionDays: ctx.questionRetentionDays })),
});
