import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { findProjectRoot } from "@pagewise/db";

/**
 * The tRPC docs corpus lives beside the repository (`../shared/corpora/trpc-docs`),
 * never inside it. `undefined` with the reason when it is not there.
 */
export function locateTrpcCorpus(from: string = process.cwd()): { dir: string } | { dir: undefined; reason: string } {
  const dir = resolve(findProjectRoot(from), "..", "shared", "corpora", "trpc-docs");
  if (existsSync(dir)) return { dir };
  return { dir: undefined, reason: `the tRPC docs corpus is not at ${dir}` };
}
