/**
 * `npm run eval:retrieval`: ingests the tRPC docs corpus into an in-memory
 * database and prints recall@5 and MRR@10 for our search and for a plain BM25
 * baseline over the same chunks, then every question either one missed.
 */
import { createDatabase, migrateToLatest } from "@pagewise/db";
import { locateTrpcCorpus } from "../eval/locate-corpus";
import { formatRetrievalEval, runRetrievalEval } from "../eval/run-retrieval-eval";
import { trpcDocsQuestions } from "../eval/trpc-docs-questions";
import { ingestDirectory } from "../ingest/ingest-directory";

async function main(): Promise<void> {
  const corpus = locateTrpcCorpus();
  if (corpus.dir === undefined) {
    console.log(`Skipping the retrieval eval: ${corpus.reason}.`);
    if (process.env.CI === "true") process.exitCode = 1;
    return;
  }
  const database = await createDatabase("pglite:memory");
  try {
    await migrateToLatest(database.db);
    const summary = await ingestDirectory(database.db, corpus.dir);
    console.log(`Ingested ${corpus.dir}: ${summary.added} pages, ${summary.chunks} chunks in ${summary.seconds}s`);
    console.log(formatRetrievalEval(await runRetrievalEval(database.db, trpcDocsQuestions)));
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
