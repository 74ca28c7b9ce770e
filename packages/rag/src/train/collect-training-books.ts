import { evalBooks } from "../eval/eval-books";
import { withIngestedBook } from "../eval/with-ingested-book";
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
    const started = performance.now();
    const collected = await withIngestedBook(book, async (db, corpus, summary) => {
      const questions = book.questions(corpus);
      const offTopic = book.offTopic(corpus);
      progress(
        `${book.name}: ${summary.added} pages, ${questions.length} questions, ${offTopic.length} off-topic, ingested in ${Math.round(performance.now() - started)} ms`,
      );
      return {
        name: book.name,
        ranking: await rankingDataset(db, questions),
        refusal: await refusalDataset(
          db,
          questions.map((entry) => entry.question),
          offTopic,
        ),
      };
    });
    if (collected === undefined)
      throw new Error(`The models are trained and judged on every public book: ${book.name} is missing.`);
    books.push(collected);
  }
  return books;
}
