import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Book } from "../site/read-book";

/** A small Docusaurus site (docs/ + static/) exercising categories, prefixes, drafts, partials and assets. */
export const docusaurusBook = join(import.meta.dirname, "../../test/fixtures/docusaurus-book");
export const docusaurusBookDocs = join(docusaurusBook, "docs");

/** Writes `files` (path → text) under a fresh temporary folder; `dispose` removes it. */
export async function writeTree(files: Record<string, string>): Promise<{ dir: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "pagewise-book-"));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** A page title as Docusaurus finds it: front matter title, else the first `# ` heading, else the doc id's last part. */
export function titleFrom(book: Book): (sourcePath: string) => string {
  const bySource = new Map(book.pages.map((page) => [page.sourcePath, page]));
  return (sourcePath) => {
    const page = bySource.get(sourcePath);
    if (page === undefined) return sourcePath;
    return page.frontMatter.title ?? /^# (.+)$/m.exec(page.body)?.[1] ?? page.docId.split("/").at(-1) ?? page.docId;
  };
}
