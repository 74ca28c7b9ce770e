import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import { type BookReport, bookReportSchema } from "../book/book-shapes";

export interface BookState {
  /** Whether any ingest has ever stored the book (a fresh database has none). */
  indexed: boolean;
  /** When the stored book last changed. */
  updatedAt: Date | null;
  report: BookReport;
}

/** What the last ingests left: the warnings, the pages that failed, and how the last one went. */
export async function readBookReport(db: Kysely<Database>): Promise<BookState> {
  const row = await db.selectFrom("book").select(["report", "updated_at"]).where("id", "=", 1).executeTakeFirst();
  const parsed = bookReportSchema.safeParse(row?.report ?? {});
  return {
    indexed: row !== undefined,
    updatedAt: row?.updated_at ?? null,
    report: parsed.success ? parsed.data : { warnings: [], failed: [] },
  };
}
