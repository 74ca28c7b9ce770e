import { type BookInfo, bookQuestionsSchema } from "@pagewise/book";
import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import { readBookVersions } from "./book-versions";

/** Operator settings that win over what the book says about itself (BOOK_TITLE, BOOK_QUESTIONS). */
export interface BookOverrides {
  title?: string | undefined;
  questions?: string[] | undefined;
}

/** The book's identity: title, tagline and suggested questions, for the header and the assistant's home. */
export async function readBookInfo(db: Kysely<Database>, overrides: BookOverrides = {}): Promise<BookInfo> {
  const [row, versions] = await Promise.all([
    db.selectFrom("book").select(["title", "tagline", "questions"]).where("id", "=", 1).executeTakeFirst(),
    readBookVersions(db),
  ]);
  const stored = bookQuestionsSchema.safeParse(row?.questions ?? []);
  const questions =
    overrides.questions !== undefined && overrides.questions.length > 0 ? overrides.questions : undefined;
  return {
    title: overrides.title ?? row?.title ?? "Documentation",
    tagline: row?.tagline ?? null,
    questions: questions ?? (stored.success ? stored.data : []),
    homeSlug: versions.find((version) => version.isLast)?.homeSlug ?? null,
    versions,
  };
}
