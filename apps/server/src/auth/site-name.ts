import type { PagewiseDatabase } from "@pagewise/db";

/**
 * What the reader signed up to, for the emails authentication sends: BOOK_TITLE, else the book's
 * stored title (its site's, see book-name.ts), read when a mail goes out so a re-indexed book's
 * new name is used; undefined before any book, and the emails then name the product.
 */
export function siteNameFor(
  db: PagewiseDatabase["db"],
  bookTitle: string | undefined,
): () => Promise<string | undefined> {
  return async () => {
    if (bookTitle !== undefined) return bookTitle;
    const row = await db.selectFrom("book").select("title").where("id", "=", 1).executeTakeFirst();
    return row?.title ?? undefined;
  };
}
