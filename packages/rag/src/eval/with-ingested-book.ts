import { createDatabase, type Database, migrateToLatest } from "@pagewise/db";
import type { Kysely } from "kysely";
import { type IngestSummary, ingestDirectory } from "../ingest/ingest-directory";
import type { EvalBook, FoundCorpus } from "./eval-books";

/**
 * Runs `use` on the book ingested into its own in-memory database, closed
 * afterwards. A book not beside the repository is skipped with its reason
 * (and fails the run under CI=true): undefined then.
 */
export async function withIngestedBook<T>(
  book: EvalBook,
  use: (db: Kysely<Database>, corpus: FoundCorpus, summary: IngestSummary) => Promise<T>,
): Promise<T | undefined> {
  const corpus = book.locate();
  if (corpus.dir === undefined) {
    console.log(`Skipping ${book.name}: ${corpus.reason}.`);
    if (process.env.CI === "true") process.exitCode = 1;
    return undefined;
  }
  const database = await createDatabase("pglite:memory");
  try {
    await migrateToLatest(database.db);
    const summary = await ingestDirectory(database.db, corpus.dir, { staticDir: corpus.staticDir });
    return await use(database.db, corpus, summary);
  } finally {
    await database.close();
  }
}
