import { dirname, relative, resolve, sep } from "node:path";
import type { Root } from "mdast";
import type { Node } from "unist";
import { visit } from "unist-util-visit";
import type { IngestWarning } from "../site/book-shapes";
import { parseMarkdown } from "./parse-markdown";
import type { TransformContext } from "./transform-context";
import { lineOf } from "./transform-context";
import { rewriteAdmonition } from "./transforms/admonitions";
import { rewriteUnknownDirective } from "./transforms/directives";
import { dropEsm, rewriteEsm, rewriteEsmParagraph } from "./transforms/esm";
import { rewriteExpression } from "./transforms/expressions";
import { assignHeadingIds } from "./transforms/heading-ids";
import { rewriteJsxElement } from "./transforms/jsx-elements";
import { rewriteMath } from "./transforms/math";
import { rewritePartial } from "./transforms/partials";
import { rewriteTree } from "./transforms/rewrite-tree";
import { rewriteTabs } from "./transforms/tabs";

export interface SourceFile {
  /** Relative to the docs root, "/"-separated. */
  path: string;
  absolutePath: string;
  /** The Markdown/MDX, front matter removed. */
  body: string;
  /** 1-based line of `body`'s first line in the file. */
  bodyStartLine: number;
}

export interface TransformedPage {
  tree: Root;
  /** "markdown" when the page was not valid MDX (its raw HTML then still needs parsing). */
  mode: "mdx" | "markdown";
  headingIds: Set<string>;
  warnings: IngestWarning[];
  /** Texts of the partials inlined, for the page's content hash. */
  partialTexts: string[];
}

export interface TransformOptions {
  docsRoot: string;
  /** absolute path → text, of the `_*.md(x)` files pages may import. */
  partials: ReadonlyMap<string, string>;
  /** Whether `$…$` and `$$…$$` are math (Book.math). */
  math: boolean;
}

const MAX_PARTIAL_DEPTH = 5;

/** One page, from its text to the transformed tree both the HTML and the retrieval sections come from. */
export function transformPage(file: SourceFile, options: TransformOptions): TransformedPage {
  const warnings: IngestWarning[] = [];
  const partialTexts: string[] = [];
  const { tree, mode } = transformFile(file, options, warnings, partialTexts, [file.absolutePath]);
  const headingIds = assignHeadingIds(tree);
  return { tree, mode, headingIds, warnings, partialTexts };
}

function transformFile(
  file: SourceFile,
  options: TransformOptions,
  warnings: IngestWarning[],
  partialTexts: string[],
  stack: string[],
): { tree: Root; mode: "mdx" | "markdown" } {
  const lineOffset = file.bodyStartLine - 1;
  const context: TransformContext = {
    path: file.path,
    absolutePath: file.absolutePath,
    lineOffset,
    imports: new Map(),
    warnedComponents: new Set(),
    warn(kind, node: Node | undefined, message) {
      const line = lineOf(context, node);
      warnings.push(line === undefined ? { kind, path: file.path, message } : { kind, path: file.path, line, message });
    },
    loadPartial(source) {
      const absolutePath = partialPath(source, file.absolutePath, options.docsRoot);
      const text = absolutePath === undefined ? undefined : options.partials.get(absolutePath);
      if (absolutePath === undefined || text === undefined || stack.includes(absolutePath)) return undefined;
      if (stack.length > MAX_PARTIAL_DEPTH) return undefined;
      partialTexts.push(text);
      const { body, bodyStartLine } = withoutFrontMatter(text);
      const path = relative(options.docsRoot, absolutePath).split(sep).join("/");
      const partial = transformFile({ path, absolutePath, body, bodyStartLine }, options, warnings, partialTexts, [
        ...stack,
        absolutePath,
      ]).tree;
      // Links in a partial are relative to the partial's file, as in Docusaurus.
      const origin = { path, lineOffset: bodyStartLine - 1 };
      visit(partial, (node) => {
        if (node.type !== "root" && !("data" in node && node.data?.pwOrigin))
          node.data = { ...node.data, pwOrigin: origin };
      });
      return partial;
    },
  };

  const parsed = parseMarkdown(file.body, { math: options.math });
  if (parsed.mode === "markdown") {
    const line = parsed.failure.line === undefined ? undefined : parsed.failure.line + lineOffset;
    const message = `not valid MDX, read as Markdown: ${parsed.failure.message}`;
    warnings.push(
      line === undefined
        ? { kind: "mdx-fallback", path: file.path, message }
        : { kind: "mdx-fallback", path: file.path, line, message },
    );
  }
  dropEsm(parsed.tree, context);
  rewriteTree(
    parsed.tree,
    (node) =>
      rewriteEsm(node, context) ??
      rewriteEsmParagraph(node, context) ??
      rewriteExpression(node, context) ??
      rewritePartial(node, context) ??
      rewriteAdmonition(node, context) ??
      rewriteUnknownDirective(node, context) ??
      rewriteTabs(node, context) ??
      rewriteMath(node, context) ??
      rewriteJsxElement(node, context),
  );
  return { tree: parsed.tree, mode: parsed.mode };
}

function partialPath(source: string, from: string, docsRoot: string): string | undefined {
  if (source.startsWith("@site/")) return resolve(docsRoot, "..", source.slice("@site/".length));
  if (source.startsWith(".")) return resolve(dirname(from), source);
  return undefined;
}

function withoutFrontMatter(text: string): { body: string; bodyStartLine: number } {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (match === null) return { body: text, bodyStartLine: 1 };
  return { body: text.slice(match[0].length), bodyStartLine: match[0].split("\n").length };
}
