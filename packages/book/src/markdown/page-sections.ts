import type { Code, Root, RootContent } from "mdast";
import { toString as plainText } from "mdast-util-to-string";
import type { RenderedCodeBlock } from "./code";
import { packUnits, type Unit } from "./pack-chunks";
import { searchableCode } from "./searchable-code";

export interface ChunkDraft {
  ordinal: number;
  /** The h2 (and h3) the chunk sits under; empty for the text before the first h2. */
  headingPath: string[];
  /** Deep-link id of the chunk's section heading; "" for the top of the page. */
  anchor: string;
  /** The heading path and any h4–h6 inside the section, for the B-weighted field. */
  headings: string;
  body: string;
  code: string;
}

export interface ChunkOptions {
  /** Soft cap on a chunk's body + code, in characters. */
  maxChars?: number;
  /** How much of a split section's previous piece is repeated at the start of the next. */
  overlapChars?: number;
}

interface Section {
  headingPath: string[];
  anchor: string;
  subheadings: string[];
  units: Unit[];
}

/**
 * The retrieval chunks of a transformed page: one section per h2/h3 (the text
 * before the first h2 is its own), packed into pieces of about `maxChars`.
 * Admonition, tab and details text is body text; code is the whole example (see searchableCode).
 */
export function pageSections(
  tree: Root,
  codeBlocks: ReadonlyMap<Code, RenderedCodeBlock | undefined>,
  options: ChunkOptions = {},
): ChunkDraft[] {
  const maxChars = options.maxChars ?? 1200;
  const overlapChars = options.overlapChars ?? 200;
  const sections: Section[] = [];
  let h2: string | undefined;
  let section: Section = { headingPath: [], anchor: "", subheadings: [], units: [] };

  const addText = (text: string) => {
    const trimmed = text.replace(/[ \t]+\n/g, "\n").trim();
    if (trimmed !== "") section.units.push({ kind: "text", text: trimmed });
  };
  const walk = (node: RootContent) => {
    switch (node.type) {
      case "heading": {
        const text = plainText(node).trim();
        if (node.depth === 1) return;
        if (node.depth <= 3) {
          sections.push(section);
          if (node.depth === 2) h2 = text;
          const headingPath = node.depth === 2 || h2 === undefined ? [text] : [h2, text];
          section = { headingPath, anchor: node.data?.pwHeadingId ?? "", subheadings: [], units: [] };
        } else {
          section.subheadings.push(text);
        }
        return;
      }
      case "code": {
        // A block the reader never sees (a twoslash include) is not indexed either.
        const text = codeBlocks.get(node) === undefined ? undefined : searchableCode(node.value);
        if (text !== undefined && text !== "") section.units.push({ kind: "code", text });
        return;
      }
      case "paragraph":
        // Soft line breaks are spaces: a sentence wrapped in the source is one sentence for the answer's extracts.
        addText(plainText(node, { includeHtml: false }).replace(/[ \t]*\n[ \t]*/g, " "));
        return;
      case "tableRow":
        addText(node.children.map((cell) => plainText(cell, { includeHtml: false })).join(" | "));
        return;
      case "admonitionTitle":
        addText(plainText(node));
        return;
      case "tabPanel":
        // A tab's label ("npm", "macOS") is chrome, not content: indexing it lowered the tRPC eval's MRR@10.
        node.children.forEach(walk);
        return;
      case "html":
        addText(node.value.replace(/<[^>]*>/g, " "));
        return;
      case "tocInline":
      case "docCardList":
      case "definition":
      case "thematicBreak":
        return;
      default:
        if ("children" in node) {
          // Inline-only containers (a JSX span, `<summary>`) hold a line of text, not blocks.
          if (node.children.every(isPhrasing)) addText(plainText(node, { includeHtml: false }));
          else node.children.forEach(walk);
        } else if ("value" in node) {
          addText(node.value);
        }
    }
  };
  tree.children.forEach(walk);
  sections.push(section);

  const chunks: ChunkDraft[] = [];
  for (const { headingPath, anchor, subheadings, units } of sections) {
    if (units.length === 0) continue;
    for (const piece of packUnits(units, maxChars, overlapChars)) {
      chunks.push({
        ordinal: chunks.length,
        headingPath,
        anchor,
        headings: [...headingPath, ...subheadings].join("\n"),
        body: piece
          .filter((unit) => unit.kind === "text")
          .map((unit) => unit.text)
          .join("\n\n"),
        code: piece
          .filter((unit) => unit.kind === "code")
          .map((unit) => unit.text)
          .join("\n\n"),
      });
    }
  }
  // A page with no text still deserves one chunk, so that its title can be found.
  if (chunks.length === 0) chunks.push({ ordinal: 0, headingPath: [], anchor: "", headings: "", body: "", code: "" });
  return chunks;
}

function isPhrasing(node: RootContent): boolean {
  return [
    "text",
    "emphasis",
    "strong",
    "delete",
    "inlineCode",
    "link",
    "image",
    "break",
    "mdxJsxTextElement",
    "footnoteReference",
    "html",
  ].includes(node.type);
}
