/**
 * `npm run eval:retrieval`: ingests each public evaluation book into an
 * in-memory database and prints, per book, recall@5 and MRR@10 for our search
 * and for a stop-word BM25 baseline over the same chunks, then every question
 * either one missed.
 */
import { evalBooks } from "../eval/eval-books";
import { formatRetrievalEval, runRetrievalEval } from "../eval/run-retrieval-eval";
import { withIngestedBook } from "../eval/with-ingested-book";

async function main(): Promise<void> {
  const only = process.argv[2]?.toLowerCase();
  for (const book of evalBooks) {
    if (only !== undefined && !book.name.toLowerCase().includes(only)) continue;
    console.log(`\n=== ${book.name} ===`);
    await withIngestedBook(book, async (db, corpus, summary) => {
      console.log(`Ingested ${corpus.dir}: ${summary.added} pages, ${summary.chunks} chunks in ${summary.seconds}s`);
      console.log(formatRetrievalEval(await runRetrievalEval(db, book.questions(corpus))));
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
