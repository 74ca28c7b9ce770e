import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import { z } from "zod";
import { type SidebarItem, sidebarItemSchema } from "../book/book-shapes";

/** The book's sidebar as the last ingest built it (empty before the first). */
export async function readSidebar(db: Kysely<Database>): Promise<SidebarItem[]> {
  const row = await db.selectFrom("book").select("sidebar").where("id", "=", 1).executeTakeFirst();
  const parsed = z.array(sidebarItemSchema).safeParse(row?.sidebar ?? []);
  return parsed.success ? parsed.data : [];
}
