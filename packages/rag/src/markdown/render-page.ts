import type { Code } from "mdast";
import { visit } from "unist-util-visit";
import type { IngestWarning, TocEntry } from "../book/book-shapes";
import type { LinkResolver } from "../book/resolve-links";
import { createCodeBlockPage, type RenderedCodeBlock, renderCodeBlock } from "./code";
import { pageHeadings, tableOfContents } from "./outline";
import { type ChunkDraft, pageSections } from "./page-sections";
import { type DocCard, renderHtml } from "./render-html";
import { type AssetStore, resolveReferences } from "./resolve-references";
import type { TransformedPage } from "./transform-page";

export interface RenderPageOptions {
  path: string;
  lineOffset: number;
  title: string;
  hideTitle: boolean;
  tocLevels?: { min?: number | undefined; max?: number | undefined };
  resolver: LinkResolver;
  assets: AssetStore;
  docCards: DocCard[];
}

export interface RenderedPage {
  html: string;
  toc: TocEntry[];
  chunks: ChunkDraft[];
  warnings: IngestWarning[];
  /** What the page's links, images and files resolved to, for its content hash. */
  targets: string[];
}

/** A transformed page, its references resolved, as the article's HTML and its retrieval chunks. */
export function renderPage(page: TransformedPage, options: RenderPageOptions): RenderedPage {
  const resolved = resolveReferences(page.tree, options);
  let counter = 0;
  const ids = { next: () => ++counter };
  const codeBlocks = new Map<Code, RenderedCodeBlock | undefined>();
  const codePage = createCodeBlockPage();
  visit(page.tree, "code", (node: Code) => {
    codeBlocks.set(
      node,
      renderCodeBlock(
        {
          lang: node.lang,
          meta: node.meta,
          value: node.value,
          title: node.data?.pwCodeTitle,
          showLineNumbers: node.data?.pwShowLineNumbers,
        },
        ids,
        codePage,
      ),
    );
  });
  const headings = pageHeadings(page.tree);
  const html = renderHtml(page.tree, {
    mode: page.mode,
    title: options.title,
    hideTitle: options.hideTitle,
    headings,
    docCards: options.docCards,
    codeBlocks,
    ids,
  });
  return {
    html,
    toc: tableOfContents(headings, options.tocLevels),
    chunks: pageSections(page.tree, codeBlocks),
    warnings: resolved.warnings,
    targets: resolved.targets,
  };
}
