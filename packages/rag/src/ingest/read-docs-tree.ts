import { type DocsFile, walkDocsTree } from "../book/walk-docs-tree";

export { DocsDirectoryNotFoundError, type DocsFile } from "../book/walk-docs-tree";

/** Every `.md`/`.mdx` page under `root`, sorted by path (partials and dot-folders left out). */
export async function readDocsTree(root: string): Promise<DocsFile[]> {
  return (await walkDocsTree(root)).pages;
}
