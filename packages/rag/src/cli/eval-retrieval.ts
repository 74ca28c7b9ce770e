/**
 * `npm run eval:retrieval`: ingests each public evaluation book into an
 * in-memory database and prints, per book, recall@5 and MRR@10 for our search
 * and for a stop-word BM25 baseline over the same chunks, then every question
 * either one missed.
 */
import { createDatabase, migrateToLatest } from "@pagewise/db";
import { evalBooks } from "../eval/eval-books";
import { formatRetrievalEval, runRetrievalEval } from "../eval/run-retrieval-eval";
import { ingestDirectory } from "../ingest/ingest-directory";

async function main(): Promise<void> {
  const only = process.argv[2]?.toLowerCase();
  for (const book of evalBooks) {
    if (only !== undefined && !book.name.toLowerCase().includes(only)) continue;
    console.log(`\n=== ${book.name} ===`);
    const corpus = book.locate();
    if (corpus.dir === undefined) {
      console.log(`Skipping: ${corpus.reason}.`);
      if (process.env.CI === "true") process.exitCode = 1;
      continue;
    }
    const database = await createDatabase("pglite:memory");
    try {
      await migrateToLatest(database.db);
      const summary = await ingestDirectory(database.db, corpus.dir, { staticDir: corpus.staticDir });
      console.log(`Ingested ${corpus.dir}: ${summary.added} pages, ${summary.chunks} chunks in ${summary.seconds}s`);
      console.log(formatRetrievalEval(await runRetrievalEval(database.db, book.questions(corpus))));
    } finally {
      await database.close();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
