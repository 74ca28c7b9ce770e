import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { findProjectRoot } from "@pagewise/db";

export type LocatedCorpus = { dir: string; staticDir?: string; root: string } | { dir: undefined; reason: string };

/**
 * The test corpora live beside the repository (`../shared/corpora/…`), never
 * inside it. `undefined` with the reason when one is not there.
 */
function locateSharedCorpus(from: string, name: string, description: string): string | { reason: string } {
  const dir = resolve(findProjectRoot(from), "..", "shared", "corpora", name);
  if (existsSync(dir)) return dir;
  return { reason: `the ${description} corpus is not at ${dir}` };
}

/** The tRPC docs: a docs folder on its own. */
export function locateTrpcCorpus(from: string = process.cwd()): LocatedCorpus {
  const root = locateSharedCorpus(from, "trpc-docs", "tRPC docs");
  return typeof root === "string" ? { dir: root, root } : { dir: undefined, ...root };
}

/** Docusaurus's own website docs, with the `static/` folder beside them that they reference. */
export function locateDocusaurusCorpus(from: string = process.cwd()): LocatedCorpus {
  return locateSiteCorpus(from, "docusaurus-website", "Docusaurus website");
}

/** Prettier's docs folder, with the site's `static/` beside it. */
export function locatePrettierCorpus(from: string = process.cwd()): LocatedCorpus {
  return locateSiteCorpus(from, "prettier-docs", "Prettier docs");
}

/** Babel's docs folder, with the site's `static/` beside it. */
export function locateBabelCorpus(from: string = process.cwd()): LocatedCorpus {
  return locateSiteCorpus(from, "babel-docs", "Babel docs");
}

/** A corpus laid out as a site: `docs/`, and `static/` beside it. */
function locateSiteCorpus(from: string, name: string, description: string): LocatedCorpus {
  const root = locateSharedCorpus(from, name, description);
  if (typeof root !== "string") return { dir: undefined, ...root };
  const dir = resolve(root, "docs");
  if (!existsSync(dir)) return { dir: undefined, reason: `the ${description} corpus has no docs folder at ${dir}` };
  const staticDir = resolve(root, "static");
  return existsSync(staticDir) ? { dir, staticDir, root } : { dir, root };
}
