import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const basicDocs = join(import.meta.dirname, "fixtures", "basic-docs");

/** A scratch copy of a fixture tree that a test may change; `dispose` removes it. */
export async function copyFixtureTree(source = basicDocs): Promise<{ dir: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "pagewise-rag-"));
  await cp(source, dir, { recursive: true });
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}
