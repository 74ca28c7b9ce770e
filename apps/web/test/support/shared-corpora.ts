import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { findProjectRoot } from "@pagewise/db";

export interface SharedCorpus {
  name: string;
  /** The docs folder, or undefined (with the reason) when the corpus is not beside the repository. */
  docsDir: string | undefined;
  staticDir?: string;
  reason: string;
}

/**
 * The real books the reader is checked on live beside the repository (`../shared/corpora/…`),
 * never inside it. A missing one skips its tests with the reason printed, except under CI=true,
 * where it is an error.
 */
export function sharedCorpus(name: "trpc-docs" | "docusaurus-website"): SharedCorpus {
  const site = resolve(findProjectRoot(import.meta.dirname), "..", "shared", "corpora", name);
  const docsDir = name === "docusaurus-website" ? resolve(site, "docs") : site;
  const staticDir = name === "docusaurus-website" ? resolve(site, "static") : undefined;
  if (existsSync(docsDir)) return { name, docsDir, staticDir, reason: "" };
  const reason = `the ${name} corpus is not at ${docsDir}`;
  if (process.env.CI === "true") throw new Error(`CI needs the corpus: ${reason}.`);
  console.warn(`Skipping the reader's tests on ${name}: ${reason}.`);
  return { name, docsDir: undefined, reason };
}
