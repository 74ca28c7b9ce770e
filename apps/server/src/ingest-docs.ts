import { existsSync } from "node:fs";
import type { PagewiseDatabase } from "@pagewise/db";
import { type EmbeddingsConfig, ingestDirectory } from "@pagewise/rag";

/**
 * Brings the book up to date with DOCS_DIR at start-up: only changed files are
 * re-indexed, in one transaction, so readers never see a half-indexed book. A
 * failure is reported and the server starts with the book as it was.
 */
export async function ingestDocsAtStartup(
  db: PagewiseDatabase["db"],
  docsDir: string,
  log: (line: string) => void,
  embeddings?: EmbeddingsConfig,
): Promise<void> {
  if (!existsSync(docsDir)) {
    log(`DOCS_DIR ${docsDir} does not exist: the assistant answers from the book as last indexed.`);
    return;
  }
  try {
    const summary = await ingestDirectory(db, docsDir, { embeddings });
    log(
      `Indexed ${docsDir}: ${summary.added} added, ${summary.updated} updated, ${summary.removed} removed, ` +
        `${summary.unchanged} unchanged, ${summary.chunks} chunks written in ${summary.seconds.toFixed(1)} s.`,
    );
    for (const skipped of summary.skipped) log(`Skipped ${skipped.path}: ${skipped.reason}`);
    if (summary.embeddingError) log(`Semantic search vectors were not updated: ${summary.embeddingError}`);
  } catch (error) {
    log(
      `Could not index ${docsDir}: ${error instanceof Error ? error.message : error}. Serving the book as last indexed.`,
    );
  }
}
