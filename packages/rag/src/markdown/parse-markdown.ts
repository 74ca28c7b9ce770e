import type { Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { preprocessMarkdown } from "./preprocess";

// remark-math as a Docusaurus site with KaTeX has it: `$…$` inline, `$$` blocks (render-math.ts).
const mdxParser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkMath)
  .use(remarkMdx)
  .freeze();
const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkMath).freeze();

export type ParsedMarkdown =
  | { mode: "mdx"; tree: Root }
  /** Not valid MDX: read as CommonMark + GFM + directives, raw HTML kept for the sanitiser. */
  | { mode: "markdown"; tree: Root; failure: { line: number | undefined; message: string } };

/**
 * Docusaurus v3 parses `.md` as MDX too, so every page is tried as MDX first;
 * a page MDX rejects is still shown, as Markdown, and the caller reports why.
 */
export function parseMarkdown(source: string): ParsedMarkdown {
  try {
    return { mode: "mdx", tree: mdxParser.parse(preprocessMarkdown(source)) };
  } catch (error) {
    const failure = {
      line: lineOf(error),
      message: error instanceof Error ? error.message : String(error),
    };
    return { mode: "markdown", tree: markdownParser.parse(preprocessMarkdown(source, { mdx: false })), failure };
  }
}

function lineOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("line" in error)) return undefined;
  return typeof error.line === "number" ? error.line : undefined;
}
