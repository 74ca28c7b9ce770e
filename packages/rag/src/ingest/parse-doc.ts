import { createHash } from "node:crypto";
import { posix } from "node:path";
import { docusaurusSlug } from "../book/doc-slug";
import { parseFrontMatter } from "../book/front-matter";
import { parseNumberPrefix } from "../book/number-prefix";
import { type ChunkDraft, chunkMarkdown, type PageHeading } from "./chunk-markdown";
import { cleanMdx } from "./clean-mdx";

/** Bump when parsing or chunking changes, so the next ingest re-indexes every page. */
export const INGEST_FORMAT_VERSION = "1";

export interface ParsedDocument {
  sourcePath: string;
  slug: string;
  title: string;
  sidebarLabel: string | null;
  sidebarPosition: number | null;
  contentHash: string;
  markdown: string;
  headings: PageHeading[];
  chunks: ChunkDraft[];
}

export type ParseResult = { ok: true; document: ParsedDocument } | { ok: false; reason: string };

export function contentHash(source: string): string {
  return createHash("sha256").update(`${INGEST_FORMAT_VERSION}\0${source}`).digest("hex");
}

/** One page, from its text to what the index stores. `sourcePath` is relative to the docs root, `/`-separated. */
export function parseDoc(sourcePath: string, source: string): ParseResult {
  const parsed = parseFrontMatter(source);
  if (!parsed.ok) return parsed;
  const { frontMatter } = parsed;
  const markdown = cleanMdx(parsed.body);
  const page = chunkMarkdown(markdown);
  const fileName = posix.basename(sourcePath).replace(/\.mdx?$/i, "");
  const prefix = parseNumberPrefix(fileName);
  return {
    ok: true,
    document: {
      sourcePath,
      slug: docusaurusSlug({ sourcePath, frontMatterId: frontMatter.id, frontMatterSlug: frontMatter.slug }),
      title: frontMatter.title ?? page.firstH1 ?? prefix.name,
      sidebarLabel: frontMatter.sidebarLabel ?? null,
      sidebarPosition: frontMatter.sidebarPosition ?? prefix.position ?? null,
      contentHash: contentHash(source),
      markdown,
      headings: page.headings,
      chunks: page.chunks,
    },
  };
}
