import { type BookReport, bookReportSchema } from "@pagewise/book";
import type { Database } from "@pagewise/db";
import { type Kysely, sql } from "kysely";

const outcomeSchema = bookReportSchema.pick({ ingest: true, failed: true });

export interface BookState {
  /** Whether any ingest has ever stored the book (a fresh database has none). */
  indexed: boolean;
  /** When the stored book last changed. */
  updatedAt: Date | null;
  /** How the last ingest went and the pages that failed (not its warnings: /readyz reads this often). */
  report: Pick<BookReport, "ingest" | "failed">;
}

/** What the last ingests left: the pages that failed, and how the last one went. */
export async function readBookReport(db: Kysely<Database>): Promise<BookState> {
  const row = await db
    .selectFrom("book")
    .select([
      sql<unknown>`jsonb_strip_nulls(jsonb_build_object('ingest', report->'ingest', 'failed', report->'failed'))`.as(
        "outcome",
      ),
      "updated_at",
    ])
    .where("id", "=", 1)
    .executeTakeFirst();
  // Keys an older ingest did not write are left out (jsonb_strip_nulls), so the schema's defaults apply.
  const parsed = outcomeSchema.safeParse(row?.outcome ?? {});
  return {
    indexed: row !== undefined,
    updatedAt: row?.updated_at ?? null,
    report: parsed.success ? parsed.data : { failed: [] },
  };
}
