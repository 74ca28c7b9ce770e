import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { findProjectRoot } from "@pagewise/db";

export type LocatedCorpus = { dir: string; staticDir?: string } | { dir: undefined; reason: string };

/**
 * The test corpora live beside the repository (`../shared/corpora/…`), never
 * inside it. `undefined` with the reason when one is not there.
 */
function locateSharedCorpus(from: string, name: string, description: string): LocatedCorpus {
  const dir = resolve(findProjectRoot(from), "..", "shared", "corpora", name);
  if (existsSync(dir)) return { dir };
  return { dir: undefined, reason: `the ${description} corpus is not at ${dir}` };
}

/** The tRPC docs: a docs folder on its own. */
export function locateTrpcCorpus(from: string = process.cwd()): LocatedCorpus {
  return locateSharedCorpus(from, "trpc-docs", "tRPC docs");
}

/** Docusaurus's own website docs, with the `static/` folder beside them that they reference. */
export function locateDocusaurusCorpus(from: string = process.cwd()): LocatedCorpus {
  const site = locateSharedCorpus(from, "docusaurus-website", "Docusaurus website");
  if (site.dir === undefined) return site;
  const dir = resolve(site.dir, "docs");
  if (!existsSync(dir)) return { dir: undefined, reason: `the Docusaurus website corpus has no docs folder at ${dir}` };
  return { dir, staticDir: resolve(site.dir, "static") };
}
