import { createHash } from "node:crypto";
import { posix } from "node:path";
import { visit } from "unist-util-visit";
import { firstH1, firstParagraph, firstParagraphText } from "../markdown/outline";
import { articleForGeneratedIndex, type DocCard } from "../markdown/render-html";
import { type PageContent, renderResolvedPage, resolvePage } from "../markdown/render-page";
import { type TransformedPage, type TransformOptions, transformPage } from "../markdown/transform-page";
import type { IngestWarning, Sidebar, SidebarItem, TocEntry } from "../site/book-shapes";
import { editUrlBase } from "../site/edit-url";
import { parseNumberPrefix } from "../site/number-prefix";
import { type Book, type BookPage, publishableFolders } from "../site/read-book";
import { createLinkResolver } from "../site/resolve-links";
import { allSidebarItems, sidebarHolding, sidebarOrder } from "../site/sidebar";
import { type AssetCollector, createAssetCollector } from "./book-assets";
import { bookName } from "./book-name";
import { bookQuestions } from "./book-questions";
import { bookSidebars } from "./book-sidebar";
import { bookTagline } from "./book-tagline";
import { INGEST_FORMAT_VERSION } from "./format-version";
import type { PageParser } from "./parse-in-worker";
import { type PhaseTimer, untimed } from "./phase-timer";
import type { SharedParses } from "./shared-parses";

export interface DocumentDraft {
  sourcePath: string;
  slug: string;
  title: string;
  sidebarLabel: string | null;
  sidebarPosition: number | null;
  description: string | null;
  hideTitle: boolean;
  unlisted: boolean;
  toc: TocEntry[];
  /**
   * The article HTML and chunks, rendered on first call and kept: ingest asks only
   * for pages whose hash differs from the stored one, so an unchanged page is never rendered.
   */
  content(): PageContent;
  /** Of the format version, the source and what its links, assets and partials resolved to. */
  contentHash: string;
}

export interface RenderedBook {
  documents: DocumentDraft[];
  sidebars: Sidebar[];
  /** The site's title and tagline from its config, else the site's host, else the root index page's (book-name.ts). */
  title: string | null;
  tagline: string | null;
  /** Where its pages are edited, "Edit this page" less the page's own path (edit-url.ts). */
  editUrl: string | null;
  questions: string[];
  assets: AssetCollector;
  warnings: IngestWarning[];
  /** Pages whose rendering failed (the parser threw): left out, their last indexed version kept. */
  failed: Array<{ path: string; reason: string }>;
}

export interface RenderBookOptions {
  siteUrl?: string | undefined;
  /** Parses each page in a worker with a time budget (parse-in-worker.ts); without it, in this thread. */
  parser?: PageParser | undefined;
  onPage?: (done: number, total: number, path: string | undefined) => void;
  timer?: PhaseTimer | undefined;
  /** Pages already parsed for another version in this ingest (shared-parses.ts). */
  shared?: SharedParses | undefined;
}

/**
 * Every page of the book parsed once, then rendered with links resolved against
 * all pages' heading ids: the HTML and chunks ingest stores, the sidebar, and
 * the warnings (file, line) of what could not be shown as written.
 */
export async function renderBook(book: Book, options: RenderBookOptions = {}): Promise<RenderedBook> {
  const timer = options.timer ?? untimed;
  const warnings: IngestWarning[] = [...book.warnings];
  const failed: RenderedBook["failed"] = [];
  const transformed = new Map<string, TransformedPage>();
  for (const [index, page] of book.pages.entries()) {
    options.onPage?.(index, book.pages.length, page.sourcePath);
    // A server answers its readers while it indexes: parsing is CPU work, one page at a time.
    await yieldToEventLoop();
    // One page the parser cannot handle must not cost the rest of the book its ingest.
    const file = {
      path: page.sourcePath,
      absolutePath: page.absolutePath,
      body: page.body,
      bodyStartLine: page.bodyStartLine,
    };
    const parser = options.parser;
    const shared = options.shared?.take(file, book.math);
    const result =
      shared !== undefined
        ? { value: shared }
        : parser === undefined
          ? attempt(() => timer.time("parse", () => transformPage(file, transformOptionsOf(book))))
          : await timer.timeAsync("parse", () => parser.parse(file));
    if ("failed" in result) {
      failed.push({ path: page.sourcePath, reason: result.failed });
      continue;
    }
    if (shared === undefined) options.shared?.keep(file, book.math, result.value);
    transformed.set(page.sourcePath, result.value);
    warnings.push(...result.value.warnings);
  }
  options.onPage?.(book.pages.length, book.pages.length, undefined);

  const titles = new Map(
    book.pages.map((page): [string, string] => [page.sourcePath, titleOf(page, transformed.get(page.sourcePath))]),
  );
  const { sidebars, generatedIndexes } = bookSidebars(
    book,
    (sourcePath) => titles.get(sourcePath) ?? sourcePath,
    warnings,
  );
  const descriptions = new Map<string, string | null>();
  for (const page of book.pages) {
    const tree = transformed.get(page.sourcePath)?.tree;
    descriptions.set(
      page.slug,
      page.frontMatter.description ?? (tree === undefined ? undefined : firstParagraph(tree)) ?? null,
    );
  }
  for (const index of generatedIndexes) descriptions.set(index.slug, index.description);

  // Links may name the generated indexes a sidebars file adds, not only those of `_category_` files.
  const resolver = createLinkResolver(
    { ...book, generatedIndexes },
    (sourcePath) => transformed.get(sourcePath)?.headingIds,
    {
      siteUrl: options.siteUrl,
    },
  );
  const assets = createAssetCollector(publishableFolders(book));
  const documents: DocumentDraft[] = [];
  for (const page of book.pages) {
    const result = transformed.get(page.sourcePath);
    if (result === undefined) continue;
    const title = titles.get(page.sourcePath) ?? page.slug;
    let usesDocCards = false;
    visit(result.tree, "docCardList", () => {
      usesDocCards = true;
    });
    const docCards = usesDocCards ? docCardsFor(page.slug, page.sourcePath, sidebars, descriptions) : [];
    const resolved = timer.time("links", () =>
      resolvePage(result, {
        path: page.sourcePath,
        lineOffset: page.bodyStartLine - 1,
        tocLevels: { min: page.frontMatter.tocMinHeadingLevel, max: page.frontMatter.tocMaxHeadingLevel },
        resolver,
        assets,
      }),
    );
    warnings.push(...resolved.warnings);
    const contentHash = timer.time("hash", () =>
      hashOf([
        JSON.stringify(page.frontMatter),
        page.slug,
        // The same text reads otherwise once the book starts (or stops) writing math.
        book.math ? "math" : "no math",
        page.body,
        ...result.partialTexts,
        ...resolved.targets,
        JSON.stringify(docCards),
      ]),
    );
    const hideTitle = page.frontMatter.hideTitle;
    documents.push({
      sourcePath: page.sourcePath,
      slug: page.slug,
      title,
      sidebarLabel: page.frontMatter.sidebarLabel ?? null,
      sidebarPosition: page.position ?? null,
      description: descriptions.get(page.slug) ?? null,
      hideTitle,
      unlisted: page.frontMatter.unlisted,
      toc: resolved.toc,
      content: once(() =>
        renderResolvedPage(
          resolved,
          { title, hideTitle, docCards },
          { render: (work) => timer.time("render", work), sections: (work) => timer.time("sections", work) },
        ),
      ),
      contentHash,
    });
  }

  for (const index of generatedIndexes) {
    const cards = docCardsFor(index.slug, undefined, sidebars, descriptions);
    documents.push({
      sourcePath: index.sourcePath,
      slug: index.slug,
      title: index.title,
      sidebarLabel: null,
      sidebarPosition: null,
      description: index.description,
      hideTitle: false,
      unlisted: false,
      toc: [],
      content: once(() => ({
        html: articleForGeneratedIndex(index.title, index.description, cards),
        chunks: [
          { ordinal: 0, headingPath: [], anchor: "", headings: "", body: index.description ?? index.title, code: "" },
        ],
      })),
      contentHash: hashOf([index.slug, index.title, index.description ?? "", JSON.stringify(cards)]),
    });
  }

  const home = documents.find((document) => document.slug === book.slugPrefix);
  const homePage = book.pages.find((page) => page.slug === book.slugPrefix);
  const homeTree = homePage === undefined ? undefined : transformed.get(homePage.sourcePath)?.tree;
  const opening = homeTree === undefined ? undefined : firstParagraphText(homeTree);
  const tocBySlug = new Map(documents.map((document) => [document.slug, document.toc]));
  const { title, tagline, subject } = bookName(
    book,
    {
      title: home?.title ?? null,
      // The author's own description, else whole sentences of the home page's opening.
      tagline:
        homePage?.frontMatter.description ??
        (opening === undefined ? (home?.description ?? null) : (bookTagline(opening) ?? null)),
    },
    options.siteUrl,
  );
  return {
    documents,
    sidebars,
    title,
    tagline,
    editUrl: editUrlBase(book.site, book.root) ?? null,
    questions: bookQuestions(sidebarOrder(allSidebarItems(sidebars)), (slug) => tocBySlug.get(slug) ?? [], {
      title: subject,
    }),
    assets,
    warnings,
    failed,
  };
}

/** What every page of the book is parsed with. */
export function transformOptionsOf(book: Book): TransformOptions {
  return { docsRoot: book.root, partials: book.partials, math: book.math };
}

/** Lets the event loop run what waits (requests) before the next piece of CPU work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** `work`'s value, or why it failed in words for the ingest report (a stack overflow included). */
export function attempt<T>(work: () => T): { value: T } | { failed: string } {
  try {
    return { value: work() };
  } catch (error) {
    return { failed: `could not be rendered: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** `make`'s result, computed on the first call only. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

function hashOf(parts: string[]): string {
  const hash = createHash("sha256").update(INGEST_FORMAT_VERSION);
  for (const part of parts) hash.update("\0").update(part);
  return hash.digest("hex");
}

/** Front matter title, else the first h1, else the file name without its number prefix. */
function titleOf(page: BookPage, transformed: TransformedPage | undefined): string {
  const h1 = transformed === undefined ? undefined : firstH1(transformed.tree);
  const fileName = posix.basename(page.sourcePath).replace(/\.mdx?$/i, "");
  return page.frontMatter.title ?? (h1 === "" ? undefined : h1) ?? parseNumberPrefix(fileName).name;
}

export function docHref(slug: string): string {
  return slug === "" ? "/docs" : encodeURI(`/docs/${slug}`);
}

/**
 * `<DocCardList />`'s items, as Docusaurus's: the category the page opens, else
 * the category the page is in (without the page itself).
 */
function docCardsFor(
  slug: string,
  sourcePath: string | undefined,
  sidebars: Sidebar[],
  descriptions: ReadonlyMap<string, string | null>,
): DocCard[] {
  const all = allSidebarItems(sidebars);
  const category =
    findCategory(all, (item) => item.slug === slug) ??
    findCategory(all, (item) => item.items.some((child) => child.type === "doc" && child.slug === slug));
  const items = category?.items ?? (sourcePath === undefined ? [] : (sidebarHolding(sidebars, slug)?.items ?? []));
  return items
    .filter((item) => !(item.type === "doc" && item.slug === slug))
    .flatMap((item): DocCard[] => {
      if (item.type === "doc")
        return [{ href: docHref(item.slug), label: item.label, description: descriptions.get(item.slug) ?? null }];
      if (item.type === "link") return [{ href: item.href, label: item.label, description: null }];
      if (item.type === "html") return [];
      const target = item.slug ?? firstDoc(item.items);
      if (target === undefined) return [];
      const count = item.items.length;
      return [{ href: docHref(target), label: item.label, description: `${count} item${count === 1 ? "" : "s"}` }];
    });
}

type Category = Extract<SidebarItem, { type: "category" }>;

function findCategory(items: SidebarItem[], matches: (category: Category) => boolean): Category | undefined {
  for (const item of items) {
    if (item.type !== "category") continue;
    if (matches(item)) return item;
    const inner = findCategory(item.items, matches);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

function firstDoc(items: SidebarItem[]): string | undefined {
  for (const item of items) {
    if (item.type === "doc") return item.slug;
    if (item.type !== "category") continue;
    const inner = item.slug ?? firstDoc(item.items);
    if (inner !== undefined) return inner;
  }
  return undefined;
}
