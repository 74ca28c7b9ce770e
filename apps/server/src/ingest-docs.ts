import { existsSync } from "node:fs";
import type { BookVersionSource, IngestWarning } from "@pagewise/book";
import type { PagewiseDatabase } from "@pagewise/db";
import { type EmbeddingsConfig, ingestDirectory, loadChunkIndex, resolveVersion } from "@pagewise/rag";

/**
 * What start-up ingest writes to: one line per event at info, the warnings' summary at warn, their
 * detail at debug, and each page that could not be rendered, or an ingest that failed, at error.
 */
export interface IngestLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  debug(details: object, message: string): void;
}

export interface StartupIngestOptions {
  embeddings?: EmbeddingsConfig | undefined;
  /** DOCS_STATIC_DIR. */
  staticDir?: string | undefined;
  /** DOCS_SITE_URL, else the site's `url`. */
  siteUrl?: string | undefined;
  /** SITE_DIR: the folder holding `docusaurus.config.*`. */
  siteDir?: string | undefined;
  /** The site's versions, each indexed as a book of its own; without, the docs folder alone. */
  versions?: BookVersionSource[] | undefined;
}

/**
 * Brings the book up to date with DOCS_DIR at start-up: only changed files are
 * re-indexed, in one transaction, so readers never see a half-indexed book. A
 * failure is reported and the server starts with the book as it was.
 */
export async function ingestDocsAtStartup(
  db: PagewiseDatabase["db"],
  docsDir: string,
  logger: IngestLogger,
  options: StartupIngestOptions = {},
): Promise<void> {
  if (!existsSync(docsDir)) {
    logger.info(`DOCS_DIR ${docsDir} does not exist: the assistant answers from the book as last indexed.`);
    return;
  }
  try {
    // Every page is parsed in a worker within a time budget: a docs folder is written by strangers.
    // A restart with nothing changed confirms the book from its sources' fingerprint, parsing nothing.
    const summary = await ingestDirectory(db, docsDir, { ...options, isolatePages: true, skipWhenUnchanged: true });
    if (summary.confirmedUnchanged) {
      logger.info(
        `Indexed ${docsDir}: nothing changed since the last ingest (${summary.unchanged} pages), confirmed in ${summary.seconds.toFixed(1)} s.`,
      );
      if (summary.embeddingError) logger.info(`Semantic search vectors were not updated: ${summary.embeddingError}`);
      return;
    }
    if (summary.versions.length > 1) {
      logger.info(
        `Versions ${summary.versions.join(", ")}: ${summary.sharedParses} unchanged pages parsed once for several.`,
      );
    }
    logger.info(
      `Indexed ${docsDir}: ${summary.added} added, ${summary.updated} updated, ${summary.removed} removed, ` +
        `${summary.unchanged} unchanged, ${summary.chunks} chunks written in ${summary.seconds.toFixed(1)} s.`,
    );
    for (const skipped of summary.skipped) logger.info(`Skipped ${skipped.path}: ${skipped.reason}`);
    for (const failed of summary.failed) {
      logger.error(`Could not render ${failed.path}: ${failed.reason}. Its last indexed version is served.`);
    }
    for (const [kind, warnings] of countByKind(summary.warnings)) {
      logger.warn(
        `Ingest: ${warnings.length} ${kind} warning${warnings.length === 1 ? "" : "s"} (npm run ingest lists them).`,
      );
      logger.debug({ kind, warnings }, `Ingest ${kind} warnings`);
    }
    if (summary.embeddingError) logger.info(`Semantic search vectors were not updated: ${summary.embeddingError}`);
  } catch (error) {
    logger.error(
      `Could not index ${docsDir}: ${error instanceof Error ? error.message : error}. Serving the book as last indexed.`,
    );
  }
}

/**
 * Reads the last version of the book (the one questions go to by default) into the in-memory
 * search index now, so that the first reader's question does not wait for it (about 0.1 s per
 * 1,000 chunks); other versions load on their first question. A failure is reported and left to
 * the first question, which tries again.
 */
export async function warmSearchIndex(db: PagewiseDatabase["db"], logger: Pick<IngestLogger, "info">): Promise<void> {
  const started = performance.now();
  try {
    const index = await loadChunkIndex(db, await resolveVersion(db, undefined));
    const seconds = (performance.now() - started) / 1000;
    logger.info(`Search index ready: ${index.chunks.length} chunks in ${seconds.toFixed(1)} s.`);
  } catch (error) {
    logger.info(
      `Could not build the search index yet (${error instanceof Error ? error.message : error}); the first question will.`,
    );
  }
}

function countByKind(warnings: IngestWarning[]): Map<string, IngestWarning[]> {
  const byKind = new Map<string, IngestWarning[]>();
  for (const warning of warnings) byKind.set(warning.kind, [...(byKind.get(warning.kind) ?? []), warning]);
  return byKind;
}
