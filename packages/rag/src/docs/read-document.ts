import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import type { PageHeading } from "../ingest/chunk-markdown";

export interface DocumentPage {
  title: string;
  slug: string;
  /** Path relative to the docs root. */
  source: string;
  /** The page's Markdown with MDX-only syntax removed. */
  markdown: string;
  headings: PageHeading[];
}

/** The page at a slug (`server/routers`, with or without slashes around it), or undefined. */
export async function readDocument(db: Kysely<Database>, slug: string): Promise<DocumentPage | undefined> {
  const row = await db
    .selectFrom("document")
    .select(["title", "slug", "source_path", "markdown", "headings"])
    .where("slug", "=", slug.trim().replace(/^\/+|\/+$/g, ""))
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    title: row.title,
    slug: row.slug,
    source: row.source_path,
    markdown: row.markdown,
    headings: Array.isArray(row.headings) ? row.headings.flatMap(toPageHeading) : [],
  };
}

/** jsonb comes back untyped; keep only well-formed headings rather than trust it. */
function toPageHeading(value: unknown): PageHeading[] {
  if (typeof value !== "object" || value === null) return [];
  const fields = new Map<string, unknown>(Object.entries(value));
  const depth = fields.get("depth");
  const text = fields.get("text");
  const anchor = fields.get("anchor");
  if (typeof depth !== "number" || typeof text !== "string" || typeof anchor !== "string") return [];
  return [{ depth, text, anchor }];
}
