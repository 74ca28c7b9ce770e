import { existsSync } from "node:fs";
import type { PagewiseDatabase } from "@pagewise/db";
import { type EmbeddingsConfig, type IngestWarning, ingestDirectory } from "@pagewise/rag";

/** What start-up ingest writes to: one line per event at info, the warnings' summary at warn, their detail at debug. */
export interface IngestLogger {
  info(message: string): void;
  warn(message: string): void;
  debug(details: object, message: string): void;
}

export interface StartupIngestOptions {
  embeddings?: EmbeddingsConfig | undefined;
  /** DOCS_STATIC_DIR. */
  staticDir?: string | undefined;
  /** DOCS_SITE_URL. */
  siteUrl?: string | undefined;
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
    const summary = await ingestDirectory(db, docsDir, options);
    logger.info(
      `Indexed ${docsDir}: ${summary.added} added, ${summary.updated} updated, ${summary.removed} removed, ` +
        `${summary.unchanged} unchanged, ${summary.chunks} chunks written in ${summary.seconds.toFixed(1)} s.`,
    );
    for (const skipped of summary.skipped) logger.info(`Skipped ${skipped.path}: ${skipped.reason}`);
    for (const [kind, warnings] of countByKind(summary.warnings)) {
      logger.warn(
        `Ingest: ${warnings.length} ${kind} warning${warnings.length === 1 ? "" : "s"} (npm run ingest lists them).`,
      );
      logger.debug({ kind, warnings }, `Ingest ${kind} warnings`);
    }
    if (summary.embeddingError) logger.info(`Semantic search vectors were not updated: ${summary.embeddingError}`);
  } catch (error) {
    logger.info(
      `Could not index ${docsDir}: ${error instanceof Error ? error.message : error}. Serving the book as last indexed.`,
    );
  }
}

function countByKind(warnings: IngestWarning[]): Map<string, IngestWarning[]> {
  const byKind = new Map<string, IngestWarning[]>();
  for (const warning of warnings) byKind.set(warning.kind, [...(byKind.get(warning.kind) ?? []), warning]);
  return byKind;
}
