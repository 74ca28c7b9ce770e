import type { Heading, Root } from "mdast";
import { toString as plainText } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { TocEntry } from "../site/book-shapes";

const DESCRIPTION_CHARS = 160;

/** Every heading below h1, with its id, in page order. */
export function pageHeadings(tree: Root): TocEntry[] {
  const headings: TocEntry[] = [];
  visit(tree, "heading", (node: Heading) => {
    if (node.depth === 1) return;
    headings.push({ depth: node.depth, text: plainText(node).trim(), id: node.data?.pwHeadingId ?? "" });
  });
  return headings;
}

/** The on-page table of contents: h2–h3 unless front matter says otherwise (Docusaurus's `toc_*_heading_level`). */
export function tableOfContents(headings: TocEntry[], levels: { min?: number; max?: number } = {}): TocEntry[] {
  const min = levels.min ?? 2;
  const max = Math.max(levels.max ?? 3, min);
  return headings.filter((entry) => entry.depth >= min && entry.depth <= max);
}

/** The text of the page's first h1, for a title when front matter has none. */
export function firstH1(tree: Root): string | undefined {
  let text: string | undefined;
  visit(tree, "heading", (node: Heading) => {
    if (text === undefined && node.depth === 1) text = plainText(node).trim();
  });
  return text;
}

/** The text of the page's first paragraph that has any, whole. */
export function firstParagraphText(tree: Root): string | undefined {
  for (const node of tree.children) {
    if (node.type !== "paragraph") continue;
    const text = plainText(node, { includeImageAlt: false }).replace(/\s+/g, " ").trim();
    if (text !== "") return text;
  }
  return undefined;
}

/** The first paragraph's text, about 160 characters at most, cut at a word (a page's meta description). */
export function firstParagraph(tree: Root): string | undefined {
  const text = firstParagraphText(tree);
  if (text === undefined || text.length <= DESCRIPTION_CHARS) return text;
  const cut = text.slice(0, DESCRIPTION_CHARS - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > DESCRIPTION_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}
