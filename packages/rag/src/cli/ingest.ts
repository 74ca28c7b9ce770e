/**
 * `npm run ingest -- <dir>`: indexes a Docusaurus docs tree into the database
 * DATABASE_URL names (the embedded one when unset), applying migrations first.
 * Only changed files are re-indexed; the summary says what happened to each.
 * With EMBEDDINGS_URL (and EMBEDDINGS_MODEL) set, chunks without a vector get one.
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { createDatabase, migrateToLatest } from "@pagewise/db";
import { DocsDirectoryNotFoundError } from "../book/walk-docs-tree";
import { RagConfigError, ragRuntimeFromEnv } from "../config/rag-runtime-from-env";
import { type IngestSummary, ingestDirectory } from "../ingest/ingest-directory";
import { createProgressReporter } from "./progress-reporter";

async function main(): Promise<void> {
  const [dirArgument] = process.argv.slice(2);
  if (dirArgument === undefined || dirArgument.trim() === "") {
    console.error("Usage: npm run ingest -- <docs directory>");
    process.exitCode = 1;
    return;
  }
  // npm runs workspace scripts in the package folder; the path was typed relative to where npm was started.
  const dir = resolve(process.env.INIT_CWD ?? process.cwd(), dirArgument);
  // Checked before the database is opened, so a typo does not create an empty embedded database.
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) {
    console.error(`${new DocsDirectoryNotFoundError(dir).message} Pass the folder that holds your .md/.mdx pages.`);
    process.exitCode = 1;
    return;
  }

  let embeddings: ReturnType<typeof ragRuntimeFromEnv>["embeddings"];
  try {
    embeddings = ragRuntimeFromEnv(process.env).embeddings;
  } catch (error) {
    if (!(error instanceof RagConfigError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }

  const database = await createDatabase(process.env.DATABASE_URL, {
    driver: process.env.DATABASE_DRIVER,
    neonWsProxy: process.env.NEON_WS_PROXY,
  });
  const progress = createProgressReporter();
  try {
    await migrateToLatest(database.db);
    console.error(`Ingesting ${dir} into ${database.description}`);
    const summary = await ingestDirectory(database.db, dir, { onProgress: progress.onProgress, embeddings });
    progress.finish();
    console.log(formatSummary(summary));
  } catch (error) {
    progress.finish();
    if (error instanceof DocsDirectoryNotFoundError) {
      console.error(`${error.message} Pass the folder that holds your .md/.mdx pages.`);
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await database.close();
  }
}

function formatSummary(summary: IngestSummary): string {
  const lines = [
    `added ${summary.added}, updated ${summary.updated}, removed ${summary.removed}, unchanged ${summary.unchanged}, skipped ${summary.skipped.length}`,
    `${summary.chunks} chunks written in ${summary.seconds}s`,
  ];
  if (summary.embedded !== undefined) lines.push(`${summary.embedded} chunks embedded`);
  if (summary.embeddingError !== undefined) {
    lines.push(`  embedding stopped: ${summary.embeddingError} (full-text search is complete; run again to resume)`);
  }
  for (const { path, reason } of summary.skipped) lines.push(`  skipped ${path}: ${reason}`);
  return lines.join("\n");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
