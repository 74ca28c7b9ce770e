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
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import {
  DocsDirectoryNotFoundError,
  locateSiteBook,
  SITE_CONFIG_FILES,
  type SiteBook,
  SiteDirError,
} from "@pagewise/book";
import { createDatabase, migrateToLatest } from "@pagewise/db";
import { RagConfigError, ragRuntimeFromEnv } from "../config/rag-runtime-from-env";
import { formatWarning, groupWarnings } from "../ingest/group-warnings";
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

  // A site's folder: its config (read, never run) names the docs folder, its static folder and URL.
  let site: SiteBook | undefined;
  if (SITE_CONFIG_FILES.some((name) => existsSync(join(dir, name)))) {
    try {
      site = await locateSiteBook(dir);
    } catch (error) {
      if (!(error instanceof SiteDirError)) throw error;
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
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
    const docsDir = site?.docsDir ?? dir;
    console.error(`Ingesting ${docsDir} into ${database.description}`);
    const summary = await ingestDirectory(database.db, docsDir, {
      onProgress: progress.onProgress,
      embeddings,
      staticDir: pathFromEnv(process.env.DOCS_STATIC_DIR) ?? site?.staticDir,
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

function pathFromEnv(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : resolve(process.env.INIT_CWD ?? process.cwd(), trimmed);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
