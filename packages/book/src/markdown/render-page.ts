import type { Code } from "mdast";
import { visit } from "unist-util-visit";
import type { IngestWarning, TocEntry } from "../site/book-shapes";
import type { LinkResolver } from "../site/resolve-links";
import { createCodeBlockPage, type RenderedCodeBlock, renderCodeBlock } from "./code";
import { pageHeadings, tableOfContents } from "./outline";
import { type ChunkDraft, pageSections } from "./page-sections";
import { type DocCard, renderHtml } from "./render-html";
import { type AssetStore, resolveReferences } from "./resolve-references";
import type { TransformedPage } from "./transform-page";

export interface ResolvePageOptions {
  path: string;
  lineOffset: number;
  tocLevels?: { min?: number | undefined; max?: number | undefined };
  resolver: LinkResolver;
  assets: AssetStore;
}

export interface RenderPageOptions extends ResolvePageOptions {
  title: string;
  hideTitle: boolean;
  docCards: DocCard[];
}

/** A page with its links and images resolved: everything its content hash needs, before the costly render. */
export interface ResolvedPage {
  page: TransformedPage;
  headings: TocEntry[];
  toc: TocEntry[];
  warnings: IngestWarning[];
  /** What the page's links, images and files resolved to, for its content hash. */
  targets: string[];
}

export interface PageContent {
  html: string;
  chunks: ChunkDraft[];
}

export interface RenderedPage extends PageContent {
  toc: TocEntry[];
  warnings: IngestWarning[];
  targets: string[];
}

/** A transformed page, its references resolved, as the article's HTML and its retrieval chunks. */
export function renderPage(page: TransformedPage, options: RenderPageOptions): RenderedPage {
  const resolved = resolvePage(page, options);
  return {
    ...renderResolvedPage(resolved, options),
    toc: resolved.toc,
    warnings: resolved.warnings,
    targets: resolved.targets,
  };
}

/** Resolves links and images in place (cheap): enough to tell whether the page changed since the last ingest. */
export function resolvePage(page: TransformedPage, options: ResolvePageOptions): ResolvedPage {
  const resolved = resolveReferences(page.tree, options);
  const headings = pageHeadings(page.tree);
  return {
    page,
    headings,
    toc: tableOfContents(headings, options.tocLevels),
    warnings: resolved.warnings,
    targets: resolved.targets,
  };
}

export interface RenderTimer {
  render<T>(work: () => T): T;
  sections<T>(work: () => T): T;
}

const untimedRender: RenderTimer = { render: (work) => work(), sections: (work) => work() };

/** The costly part: highlighted code, the sanitised article HTML, and the retrieval chunks. */
export function renderResolvedPage(
  resolved: ResolvedPage,
  options: Pick<RenderPageOptions, "title" | "hideTitle" | "docCards">,
  timer: RenderTimer = untimedRender,
): PageContent {
  const { page } = resolved;
  let counter = 0;
  const ids = { next: () => ++counter };
  const codeBlocks = new Map<Code, RenderedCodeBlock | undefined>();
  const html = timer.render(() => {
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
    return renderHtml(page.tree, {
      mode: page.mode,
      title: options.title,
      hideTitle: options.hideTitle,
      headings: resolved.headings,
      docCards: options.docCards,
      codeBlocks,
      ids,
    });
  });
  return { html, chunks: timer.sections(() => pageSections(page.tree, codeBlocks)) };
}
