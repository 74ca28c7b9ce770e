import { posix, resolve } from "node:path";
import GithubSlugger from "github-slugger";
import { deepestNesting } from "../markdown/nesting-depth";
import type { IngestWarning } from "./book-shapes";
import { parseCategoryMetadata } from "./category-metadata";
import { docusaurusDocId, docusaurusSlug, normaliseSlug } from "./doc-slug";
import { type DocFrontMatter, parseFrontMatter } from "./front-matter";
import { writesMath } from "./math-syntax";
import { parseNumberPrefix, stripPathNumberPrefixes } from "./number-prefix";
import { readDocFile } from "./read-doc-file";
import { locateStaticDir } from "./static-dir";
import { compareCodeUnits, walkDocsTree } from "./walk-docs-tree";

export type { DocFrontMatter } from "./front-matter";
export { DocsDirectoryNotFoundError } from "./walk-docs-tree";

export interface BookPage {
  /** Relative to the docs root, "/"-separated. */
  sourcePath: string;
  absolutePath: string;
  /** The file's text after the front matter. */
  body: string;
  /** 1-based line of `body`'s first line in the file (for warning line numbers). */
  bodyStartLine: number;
  frontMatter: DocFrontMatter;
  /** Docusaurus doc id (folder/…/id, number prefixes stripped), what `_category_` links name. */
  docId: string;
  /** URL path under /docs, no leading/trailing slash ("" = the docs home). */
  slug: string;
  /** `sidebar_position`, else the file name's number prefix. */
  position: number | undefined;
}

/** A `_category_` link `{type: generated-index}`: a page listing the category's items. */
export interface GeneratedIndexPage {
  /** The `_category_` file's path. */
  sourcePath: string;
  /** The category's folder, relative. */
  folder: string;
  slug: string;
  title: string;
  description: string | null;
}

/** A folder's `_category_` settings, with its link already matched to a page. */
export interface BookCategory {
  /** The folder, relative to the docs root, with its number prefixes. */
  folder: string;
  /** The `_category_` file's path. */
  sourcePath: string;
  label: string | undefined;
  position: number | undefined;
  collapsed: boolean | undefined;
  collapsible: boolean | undefined;
  /**
   * What the category's label opens: a page (by source path), a generated index
   * (by slug), `null` for nothing, `undefined` to apply the index-doc convention.
   */
  link: { type: "doc"; sourcePath: string } | { type: "generated-index"; slug: string } | null | undefined;
}

/**
 * How deep a page may nest before it is refused unrendered. Real pages stay under about 15; the
 * parsers have been seen to fail from about 1,000 levels (lists) and to slow down well before.
 */
export const MAX_NESTING = 100;

export interface Book {
  root: string;
  staticDir: string | undefined;
  /** Pages in source-path order; drafts and partials (`_x.mdx`) excluded. */
  pages: BookPage[];
  /** absolutePath → text, for `import X from './_x.mdx'` inlining. */
  partials: Map<string, string>;
  generatedIndexes: GeneratedIndexPage[];
  /** `_category_` settings by folder (relative, with number prefixes; "" for the root). */
  categories: Map<string, BookCategory>;
  warnings: IngestWarning[];
  /** Unreadable files and pages with bad front matter. */
  skipped: Array<{ path: string; reason: string }>;
  /**
   * Pages and partials refused as unsafe to render (nested deeper than MAX_NESTING): an error, not
   * a warning. Like skipped ones, a failed page keeps its last indexed version.
   */
  failed: Array<{ path: string; reason: string }>;
  /** Whether `$…$` and `$$…$$` are math (math-syntax.ts), as on a site with `remark-math`. */
  math: boolean;
}

/** The folders whose files the book may publish as assets: its docs folder and its static folder. */
export function publishableFolders(book: Pick<Book, "root" | "staticDir">): string[] {
  return book.staticDir === undefined ? [book.root] : [book.root, book.staticDir];
}

export interface ReadBookOptions {
  /** Where `/img/x.png`-style assets live; defaults to `<root>/../static` when that is a folder. */
  staticDir?: string | undefined;
}

/**
 * Reads a Docusaurus docs folder as a book: every page with its front matter,
 * doc id, slug and position, the partials pages include, and the `_category_`
 * settings the sidebar is built from. Throws DocsDirectoryNotFoundError.
 */
export async function readBook(root: string, options: ReadBookOptions = {}): Promise<Book> {
  const absoluteRoot = resolve(root);
  const tree = await walkDocsTree(absoluteRoot);
  const book: Book = {
    root: absoluteRoot,
    staticDir: locateStaticDir(absoluteRoot, options.staticDir),
    pages: [],
    partials: new Map(),
    generatedIndexes: [],
    categories: new Map(),
    warnings: [],
    skipped: [],
    failed: [],
    math: false,
  };

  const draftIds = new Set<string>();
  const pageBySlug = new Map<string, BookPage>();
  const pageByDocId = new Map<string, BookPage>();
  for (const file of tree.pages) {
    const text = await readText(file.absolutePath);
    if (typeof text !== "string") {
      book.skipped.push({ path: file.sourcePath, reason: text.reason });
      continue;
    }
    const parsed = parseFrontMatter(text);
    if (!parsed.ok) {
      book.skipped.push({ path: file.sourcePath, reason: parsed.reason });
      continue;
    }
    const { frontMatter } = parsed;
    const tooDeep = tooDeepToRender(parsed.body);
    if (tooDeep !== undefined) {
      book.failed.push({ path: file.sourcePath, reason: tooDeep });
      continue;
    }
    const docId = docusaurusDocId({ sourcePath: file.sourcePath, frontMatterId: frontMatter.id });
    if (frontMatter.draft) {
      draftIds.add(docId);
      continue;
    }
    const slug = docusaurusSlug({
      sourcePath: file.sourcePath,
      frontMatterId: frontMatter.id,
      frontMatterSlug: frontMatter.slug,
    });
    const taken = pageBySlug.get(slug);
    if (taken !== undefined) {
      // Docusaurus builds both and the later silently wins the route; one page per URL is clearer.
      book.skipped.push({ path: file.sourcePath, reason: `it has the same URL /docs/${slug} as ${taken.sourcePath}` });
      continue;
    }
    const fileName = posix.basename(file.sourcePath).replace(/\.mdx?$/i, "");
    const page: BookPage = {
      ...file,
      body: parsed.body,
      bodyStartLine: parsed.bodyStartLine,
      frontMatter,
      docId,
      slug,
      position: frontMatter.sidebarPosition ?? parseNumberPrefix(fileName).position,
    };
    pageBySlug.set(slug, page);
    book.pages.push(page);
    const sameId = pageByDocId.get(docId);
    if (sameId !== undefined) {
      // Docusaurus refuses duplicate ids; here only `_category_` links by id are ambiguous, so the first keeps it.
      book.warnings.push({
        kind: "other",
        path: file.sourcePath,
        message: `doc id "${docId}" is also the id of ${sameId.sourcePath}; _category_ links to it go to that page`,
      });
    } else pageByDocId.set(docId, page);
  }

  for (const file of tree.partials) {
    const text = await readText(file.absolutePath);
    const tooDeep = typeof text === "string" ? tooDeepToRender(text) : undefined;
    if (tooDeep !== undefined) book.failed.push({ path: file.sourcePath, reason: tooDeep });
    else if (typeof text === "string") book.partials.set(file.absolutePath, text);
    else book.warnings.push({ kind: "other", path: file.sourcePath, message: `partial not read: ${text.reason}` });
  }

  await readCategories(book, tree.categoryFiles, { draftIds, pageBySlug, pageByDocId });
  book.math = writesMath(absoluteRoot, [...book.pages.map((page) => page.body), ...book.partials.values()]);
  return book;
}

/** Why a text is not rendered (it nests deeper than any real page), or undefined when it is safe to. */
function tooDeepToRender(text: string): string | undefined {
  const depth = deepestNesting(text);
  return depth > MAX_NESTING
    ? `it nests ${depth} levels deep (lists, quotes, elements or braces), over the ${MAX_NESTING} a page may: not rendered`
    : undefined;
}

async function readCategories(
  book: Book,
  files: Map<string, { sourcePath: string; absolutePath: string }>,
  known: {
    draftIds: ReadonlySet<string>;
    pageBySlug: ReadonlyMap<string, BookPage>;
    pageByDocId: ReadonlyMap<string, BookPage>;
  },
): Promise<void> {
  const { draftIds, pageBySlug, pageByDocId } = known;
  // One slugger for the whole book, as Docusaurus numbers clashing default slugs (`category/x-1`).
  const slugger = new GithubSlugger();
  const generatedSlugs = new Set<string>();
  for (const folder of [...files.keys()].sort(compareCodeUnits)) {
    const file = files.get(folder);
    if (file === undefined) continue;
    const warn = (message: string) => book.warnings.push({ kind: "other", path: file.sourcePath, message });
    if (folder === "") {
      // The docs root is the sidebar itself, not a category; Docusaurus ignores this file too.
      warn("a _category_ file at the docs root has no effect");
      continue;
    }
    const text = await readText(file.absolutePath);
    const parsed = typeof text === "string" ? parseCategoryMetadata(file.sourcePath, text) : text;
    if (!parsed.ok) {
      warn(`ignored, the category is built from its folder: ${parsed.reason}`);
      continue;
    }
    const { metadata } = parsed;
    const folderName = parseNumberPrefix(posix.basename(folder)).name;
    const category: BookCategory = {
      folder,
      sourcePath: file.sourcePath,
      label: metadata.label,
      position: metadata.position,
      collapsed: metadata.collapsed,
      collapsible: metadata.collapsible,
      link: metadata.link === null ? null : undefined,
    };
    if (metadata.link?.type === "doc") {
      const { id } = metadata.link;
      // Docusaurus first tries a "local id" among the folder's own docs, then a full doc id.
      const local = book.pages.find(
        (page) =>
          posix.dirname(page.sourcePath) === (folder === "" ? "." : folder) && page.docId.split("/").at(-1) === id,
      );
      const linked = local ?? pageByDocId.get(id);
      if (linked !== undefined) category.link = { type: "doc", sourcePath: linked.sourcePath };
      else if (draftIds.has(id) || draftIds.has(folder === "" ? id : `${stripPathNumberPrefixes(folder)}/${id}`)) {
        // Docusaurus drops a link to a draft rather than failing the build.
        category.link = null;
      } else warn(`link names doc id "${id}", which no page has; the category links to its index page, if any`);
    } else if (metadata.link?.type === "generated-index") {
      const label = metadata.label ?? folderName;
      const slug =
        metadata.link.slug === undefined ? `category/${slugger.slug(label)}` : normaliseSlug(metadata.link.slug);
      const clash = pageBySlug.get(slug);
      if (clash !== undefined || generatedSlugs.has(slug)) {
        warn(`generated index /docs/${slug} has the same URL as ${clash?.sourcePath ?? "another category"}; left out`);
        category.link = null;
      } else {
        generatedSlugs.add(slug);
        category.link = { type: "generated-index", slug };
        book.generatedIndexes.push({
          sourcePath: file.sourcePath,
          folder,
          slug,
          title: metadata.link.title ?? label,
          description: metadata.link.description ?? null,
        });
      }
    }
    book.categories.set(folder, category);
  }
}

async function readText(path: string): Promise<string | { ok: false; reason: string }> {
  // Too large, binary or not UTF-8: reported, never indexed as garbage.
  const read = await readDocFile(path);
  return read.ok ? read.source : read;
}
