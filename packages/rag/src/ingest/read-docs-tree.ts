import { readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export interface DocsFile {
  /** Relative to the docs root, `/`-separated: the document's stable key. */
  sourcePath: string;
  absolutePath: string;
}

export class DocsDirectoryNotFoundError extends Error {
  override readonly name = "DocsDirectoryNotFoundError";

  constructor(readonly dir: string) {
    super(`The docs directory ${dir} does not exist or is not a directory.`);
  }
}

/**
 * Every `.md`/`.mdx` page under `root`, sorted by path. Names starting with `_`
 * are Docusaurus partials (included by other pages, never pages themselves) and
 * names starting with `.` are tooling, so both are skipped with their subtrees.
 */
export async function readDocsTree(root: string): Promise<DocsFile[]> {
  const info = await stat(root).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) throw new DocsDirectoryNotFoundError(root);

  const files: DocsFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith("_") || entry.name.startsWith(".")) continue;
      const absolutePath = join(dir, entry.name);
      if (entry.isDirectory()) await walk(absolutePath);
      else if (entry.isFile() && /\.mdx?$/i.test(entry.name)) {
        files.push({ sourcePath: relative(root, absolutePath).split(sep).join("/"), absolutePath });
      }
    }
  };
  await walk(root);
  return files.sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0));
}
