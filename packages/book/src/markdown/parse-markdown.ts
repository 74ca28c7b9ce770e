import type { Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { preprocessMarkdown } from "./preprocess";

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();
// With math, as a Docusaurus site with remark-math parses: `$…$` inline, `$$` blocks (render-math.ts).
const parsers = {
  mdx: { plain: markdown().use(remarkMdx).freeze(), math: markdown().use(remarkMath).use(remarkMdx).freeze() },
  markdown: { plain: markdown, math: markdown().use(remarkMath).freeze() },
};

export type ParsedMarkdown =
  | { mode: "mdx"; tree: Root }
  /** Not valid MDX: read as CommonMark + GFM + directives, raw HTML kept for the sanitiser. */
  | { mode: "markdown"; tree: Root; failure: { line: number | undefined; message: string } };

/**
 * Docusaurus v3 parses `.md` as MDX too, so every page is tried as MDX first;
 * a page MDX rejects is still shown, as Markdown, and the caller reports why.
 * `math` when the book writes `$…$` math (book/math-syntax.ts).
 */
export function parseMarkdown(source: string, options: { math: boolean }): ParsedMarkdown {
  const syntax = options.math ? "math" : "plain";
  try {
    return { mode: "mdx", tree: parsers.mdx[syntax].parse(preprocessMarkdown(source)) };
  } catch (error) {
    const failure = {
      line: lineOf(error),
      message: error instanceof Error ? error.message : String(error),
    };
    const tree = parsers.markdown[syntax].parse(preprocessMarkdown(source, { mdx: false }));
    return { mode: "markdown", tree, failure };
  }
}

function lineOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("line" in error)) return undefined;
  return typeof error.line === "number" ? error.line : undefined;
}
