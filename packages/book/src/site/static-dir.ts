import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * Where site-absolute assets (`/img/x.png`, `@site/static/…`, `pathname:///x`)
 * live: the given folder (the server passes `DOCS_STATIC_DIR`), else the
 * Docusaurus layout's `static/` beside the docs folder when there is one.
 */
export function locateStaticDir(docsRoot: string, staticDir?: string): string | undefined {
  if (staticDir !== undefined) return resolve(staticDir);
  const beside = resolve(dirname(resolve(docsRoot)), "static");
  return statSync(beside, { throwIfNoEntry: false })?.isDirectory() ? beside : undefined;
}
