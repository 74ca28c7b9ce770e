import { z } from "zod";

/**
 * What the reader gets from the index, as zod schemas: the stored JSON columns
 * (`document.toc`, `book.sidebar`, `book.questions`, `book.report`) are parsed
 * with them when read back, and every TypeScript type below is inferred from
 * them, so the shapes are written once.
 */

/** One entry of a page's on-page table of contents (h2/h3 by default). */
export const tocEntrySchema = z.object({
  depth: z.number().int().min(2).max(6),
  /** The heading's plain text. */
  text: z.string(),
  /** The heading's id in the page's HTML (Docusaurus's: `{#custom-id}` or github-slugger). */
  id: z.string(),
});
export type TocEntry = z.infer<typeof tocEntrySchema>;

export interface SidebarDoc {
  type: "doc";
  /** `sidebar_label`, else the title. */
  label: string;
  slug: string;
}

export interface SidebarCategory {
  type: "category";
  /** `_category_` label, else the folder name without its number prefix. */
  label: string;
  /** The page the category's label opens (its index doc, a `link` doc or a generated index); null when it has none. */
  slug: string | null;
  /** Docusaurus `collapsed`: folded unless it holds the current page. */
  collapsed: boolean;
  items: SidebarItem[];
}

export type SidebarItem = SidebarDoc | SidebarCategory;

export const sidebarItemSchema: z.ZodType<SidebarItem> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("doc"), label: z.string(), slug: z.string() }),
    z.object({
      type: z.literal("category"),
      label: z.string(),
      slug: z.string().nullable(),
      collapsed: z.boolean(),
      items: z.array(sidebarItemSchema),
    }),
  ]),
);

/** Something an ingest noticed and worked around; the page is still indexed. */
export const ingestWarningSchema = z.object({
  kind: z.enum([
    /** A link into the book that names no page (or no heading of that page); rendered as plain text. */
    "unresolved-link",
    /** An image or file that is not there; the image shows its alt text. */
    "missing-asset",
    /** A file the book may not publish (outside the docs and static folders, a dotfile, a symlink out, a type not allowed, bytes that are not what the extension says); not stored. */
    "refused-asset",
    /** A `.mdx` file that is not valid MDX, read as plain Markdown instead. */
    "mdx-fallback",
    /** An MDX expression or component the reader cannot show, dropped. */
    "dropped-mdx",
    /** Anything else worth a line: a bad `_category_` file, a duplicate id, an oversized asset, unreadable LaTeX. */
    "other",
  ]),
  /** Relative to the docs root. */
  path: z.string(),
  line: z.number().int().optional(),
  message: z.string(),
});
export type IngestWarning = z.infer<typeof ingestWarningSchema>;

/** How the last ingest went, kept with the book so every process (and the admin page) can tell. */
export const ingestOutcomeSchema = z.object({
  /** "indexing": one is running (or died without a word); "failed": the book is as the one before left it. */
  status: z.enum(["indexing", "indexed", "failed"]),
  /** When it started (indexing) or ended, ISO 8601. */
  at: z.string(),
  /** Why it failed, in words for the docs team. */
  message: z.string().optional(),
});
export type IngestOutcome = z.infer<typeof ingestOutcomeSchema>;

export const bookReportSchema = z.object({
  warnings: z.array(ingestWarningSchema),
  /** Pages that could not be rendered safely: each keeps its last indexed version. */
  failed: z.array(z.object({ path: z.string(), reason: z.string() })).default([]),
  ingest: ingestOutcomeSchema.optional(),
});
export type BookReport = z.infer<typeof bookReportSchema>;

export const bookQuestionsSchema = z.array(z.string());

/** A neighbouring page, for previous/next and breadcrumbs. */
export interface PageLink {
  slug: string;
  label: string;
}

/** What `docs.get` answers: everything the reader shows for one page, already rendered. */
export interface DocumentPage {
  slug: string;
  title: string;
  /** Front matter `description`, else the first paragraph's text; for `<meta name="description">`. */
  description: string | null;
  /** Path of the source file relative to the docs root (select-to-ask scopes to it). */
  source: string;
  /** The sanitised article, h1 included (unless `hide_title`). See docs/architecture.md for its markup. */
  html: string;
  toc: TocEntry[];
  previous: PageLink | null;
  next: PageLink | null;
  /** Categories above the page, outermost first. */
  breadcrumbs: Array<{ label: string; slug: string | null }>;
  /** Front matter `unlisted`: readable by its URL, but kept from search engines, the sitemap and the assistant. */
  unlisted: boolean;
}

/** What `docs.book` answers: the book's identity, for the header and the assistant's home. */
export interface BookInfo {
  /** `BOOK_TITLE`, else the title of the book's root index page, else "Documentation". */
  title: string;
  tagline: string | null;
  /** `BOOK_QUESTIONS`, else questions made from the book's headings. */
  questions: string[];
  /** The slug of the book's first page in sidebar order ("" when the book has a root index page). */
  homeSlug: string | null;
}

/** One entry of the quick-search index: a page, or a heading of it. */
export interface SearchEntry {
  slug: string;
  /** The page title. */
  page: string;
  /** The heading text and id, when the entry is a heading. */
  heading?: { text: string; id: string };
}
