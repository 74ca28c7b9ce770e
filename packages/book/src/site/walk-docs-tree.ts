import { readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import picomatch from "picomatch";
import { CATEGORY_FILE_NAMES } from "./category-metadata";

export interface DocsFile {
  /** Relative to the docs root, `/`-separated: the document's stable key. */
  sourcePath: string;
  absolutePath: string;
}

export interface DocsTree {
  /** `.md`/`.mdx` files that are pages, sorted by path. */
  pages: DocsFile[];
  /** `.md`/`.mdx` files named `_x` or under a `_x/` folder: included by pages, never pages themselves. */
  partials: DocsFile[];
  /** The `_category_` file of each folder that has one (the first Docusaurus would read), keyed by folder. */
  categoryFiles: Map<string, DocsFile>;
}

export class DocsDirectoryNotFoundError extends Error {
  override readonly name = "DocsDirectoryNotFoundError";

  constructor(readonly dir: string) {
    super(`The docs directory ${dir} does not exist or is not a directory.`);
  }
}

const MARKDOWN = /\.mdx?$/i;

/** The docs plugin's `include`/`exclude` globs, relative to the docs folder; unset, every page counts. */
export interface DocsSelection {
  include?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
}

/**
 * Lists a docs folder the way Docusaurus sees it. Names starting with `.` are tooling and skipped
 * with their subtrees. A page must match `include` (when given) and no `exclude` glob; `_x` files
 * stay partials whatever the globs say, as with Docusaurus's default `exclude`.
 */
export async function walkDocsTree(root: string, selection: DocsSelection = {}): Promise<DocsTree> {
  const info = await stat(root).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) throw new DocsDirectoryNotFoundError(root);

  const tree: DocsTree = { pages: [], partials: [], categoryFiles: new Map() };
  const included = selection.include === undefined ? () => true : picomatch([...selection.include]);
  const excluded = selection.exclude === undefined ? () => false : picomatch([...selection.exclude]);
  const toRelative = (path: string) => relative(root, path).split(sep).join("/");
  const walk = async (dir: string, inPartialFolder: boolean): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    const names = new Set(entries.map((entry) => entry.name));
    const categoryName = CATEGORY_FILE_NAMES.find((name) => names.has(name));
    if (categoryName !== undefined && !inPartialFolder) {
      const absolutePath = join(dir, categoryName);
      tree.categoryFiles.set(dir === root ? "" : toRelative(dir), {
        sourcePath: toRelative(absolutePath),
        absolutePath,
      });
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const absolutePath = join(dir, entry.name);
      const partial = inPartialFolder || entry.name.startsWith("_");
      if (entry.isDirectory()) await walk(absolutePath, partial);
      else if (entry.isFile() && MARKDOWN.test(entry.name)) {
        const sourcePath = toRelative(absolutePath);
        if (partial) tree.partials.push({ sourcePath, absolutePath });
        else if (included(sourcePath) && !excluded(sourcePath)) tree.pages.push({ sourcePath, absolutePath });
      }
    }
  };
  await walk(root, false);
  tree.pages.sort((a, b) => compareCodeUnits(a.sourcePath, b.sourcePath));
  tree.partials.sort((a, b) => compareCodeUnits(a.sourcePath, b.sourcePath));
  return tree;
}

/** Plain code-unit order, as lodash's `sortBy` (Docusaurus) compares names; not locale-dependent. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
