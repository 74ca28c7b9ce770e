/**
 * `npm run ingest -- <dir>`: indexes a Docusaurus docs tree (or, given the site's folder, the one
 * its `docusaurus.config.*` names) into the database
 * DATABASE_URL names (the embedded one when unset), applying migrations first.
 * Only changed files are re-indexed; the summary says what happened to each.
 * With EMBEDDINGS_URL (and EMBEDDINGS_MODEL) set, chunks without a vector get one.
 * DOCS_STATIC_DIR names the book's static folder (default: `static` beside the docs
 * folder); DOCS_SITE_URL the published site, for links to its non-docs pages.
 * What could not be shown as written is listed after the summary, by kind.
 */
import { DocsDirectoryNotFoundError } from "@pagewise/book";
import { createDatabase, migrateToLatest } from "@pagewise/db";
import { RagConfigError, ragRuntimeFromEnv } from "../config/rag-runtime-from-env";
import { formatWarning, groupWarnings } from "../ingest/group-warnings";
import { type IngestSummary, ingestDirectory } from "../ingest/ingest-directory";
import { type BookArgument, BookArgumentError, resolveBookArgument } from "./book-argument";
import { createProgressReporter } from "./progress-reporter";

async function main(): Promise<void> {
  let book: BookArgument;
  try {
    book = await resolveBookArgument(process.argv[2]);
  } catch (error) {
    if (!(error instanceof BookArgumentError)) throw error;
    console.error(error.message);
    console.error("Usage: npm run ingest -- <docs directory>");
    process.exitCode = 1;
    return;
  }
  const { site } = book;
  if (site !== undefined) {
    console.error(`Site ${site.siteDir}: the book is ${site.docsDir}.`);
    for (const note of site.notes) console.error(note);
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
    console.error(`Ingesting ${book.docsDir} into ${database.description}`);
    const summary = await ingestDirectory(database.db, book.docsDir, {
      onProgress: progress.onProgress,
      embeddings,
      staticDir: book.staticDir,
      siteUrl: process.env.DOCS_SITE_URL?.trim() || site?.siteUrl,
      siteDir: site?.siteDir,
      versions: site?.versions,
      isolatePages: true,
    });
    progress.finish();
    console.log(formatSummary(summary));
    // The rest of the book is indexed, but a page the docs team must fix is a failure for scripts too.
    if (summary.failed.length > 0) process.exitCode = 1;
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
    ...(summary.versions.length > 1
      ? [`versions ${summary.versions.join(", ")} (${summary.sharedParses} unchanged pages parsed once for several)`]
      : []),
    `added ${summary.added}, updated ${summary.updated}, removed ${summary.removed}, unchanged ${summary.unchanged}, skipped ${summary.skipped.length}, failed ${summary.failed.length}`,
    `${summary.chunks} chunks written in ${summary.seconds}s`,
  ];
  if (summary.embedded !== undefined) lines.push(`${summary.embedded} chunks embedded`);
  if (summary.embeddingError !== undefined) {
    lines.push(`  embedding stopped: ${summary.embeddingError} (full-text search is complete; run again to resume)`);
  }
  for (const { path, reason } of summary.failed)
    lines.push(`  FAILED ${path}: ${reason} (its last indexed version is kept)`);
  for (const { path, reason } of summary.skipped) lines.push(`  skipped ${path}: ${reason}`);
  for (const [kind, warnings] of groupWarnings(summary.warnings)) {
    lines.push(`${warnings.length} ${kind} warning${warnings.length === 1 ? "" : "s"}:`);
    for (const warning of warnings) lines.push(`  ${formatWarning(warning)}`);
  }
  return lines.join("\n");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
