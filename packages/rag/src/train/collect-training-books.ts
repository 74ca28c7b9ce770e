import { createDatabase, migrateToLatest } from "@pagewise/db";
import { evalBooks } from "../eval/eval-books";
import { ingestDirectory } from "../ingest/ingest-directory";
import { type RankingQuestion, rankingDataset } from "./ranking-dataset";
import { type RefusalExample, refusalDataset } from "./refusal-dataset";

export interface TrainingBook {
  name: string;
  ranking: RankingQuestion[];
  refusal: RefusalExample[];
}

/**
 * Every public evaluation book, ingested into its own in-memory database,
 * with what the models learn from: each answerable question's candidate
 * sections, and every question's refusal features. A missing book is an
 * error: a model trained on fewer books is judged on fewer too.
 */
export async function collectTrainingBooks(progress: (line: string) => void): Promise<TrainingBook[]> {
  const books: TrainingBook[] = [];
  for (const book of evalBooks) {
    const corpus = book.locate();
    if (corpus.dir === undefined)
      throw new Error(`The models are trained and judged on every public book: ${corpus.reason}.`);
    const database = await createDatabase("pglite:memory");
    try {
      await migrateToLatest(database.db);
      const started = performance.now();
      const summary = await ingestDirectory(database.db, corpus.dir, { staticDir: corpus.staticDir });
      const questions = book.questions(corpus);
      const offTopic = book.offTopic(corpus);
      books.push({
        name: book.name,
        ranking: await rankingDataset(database.db, questions),
        refusal: await refusalDataset(
          database.db,
          questions.map((entry) => entry.question),
          offTopic,
        ),
      });
      progress(
        `${book.name}: ${summary.added} pages, ${questions.length} questions, ${offTopic.length} off-topic, ${Math.round(performance.now() - started)} ms`,
      );
    } finally {
      await database.close();
    }
  }
  return books;
}
