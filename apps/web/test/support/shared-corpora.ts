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
export function sharedCorpus(name: "trpc-docs" | "docusaurus-website" | "prettier-docs" | "babel-docs"): SharedCorpus {
  const site = resolve(findProjectRoot(import.meta.dirname), "..", "shared", "corpora", name);
  // tRPC's corpus is a docs folder on its own; the others are laid out as a site (docs/, static/).
  const docsDir = name === "trpc-docs" ? site : resolve(site, "docs");
  const staticDir = name === "trpc-docs" ? undefined : resolve(site, "static");
  if (existsSync(docsDir)) return { name, docsDir, staticDir, reason: "" };
  const reason = `the ${name} corpus is not at ${docsDir}`;
  if (process.env.CI === "true") throw new Error(`CI needs the corpus: ${reason}.`);
  console.warn(`Skipping the reader's tests on ${name}: ${reason}.`);
  return { name, docsDir: undefined, reason };
}
