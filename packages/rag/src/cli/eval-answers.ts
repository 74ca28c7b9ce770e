/**
 * `npm run eval:answers`: ingests every public evaluation book into an
 * in-memory database and prints how often the assistant answers the book's
 * answerable questions and refuses its far and near off-topic ones, then
 * every question on the wrong side of the refusal threshold (with its
 * support, to see the margin), and how often the answer leads with a section
 * that answers the question, on the questions labelled by hand.
 */
import { type BookCalibration, formatCalibration, judgeQuestions } from "../calibrate/refusal-calibration";
import { evalBooks } from "../eval/eval-books";
import { expectedSectionsOf, leadSectionEval } from "../eval/lead-section-eval";
import { withIngestedBook } from "../eval/with-ingested-book";

async function main(): Promise<void> {
  const books: BookCalibration[] = [];
  const leadLines = ["", "The lead section answers the question (eval/expected-sections.ts):"];
  for (const book of evalBooks) {
    await withIngestedBook(book, async (db, corpus, summary) => {
      console.log(`Ingested ${corpus.dir}: ${summary.added} pages, ${summary.chunks} chunks`);
      const offTopic = book.offTopic(corpus);
      const judged = await judgeQuestions(
        db,
        offTopic.map((entry) => entry.question),
      );
      const lead = await leadSectionEval(db, expectedSectionsOf(book.name));
      leadLines.push(`${book.name.padEnd(18)}${lead.share.toFixed(3)} (${lead.outcomes.length} labelled questions)`);
      books.push({
        book: book.name,
        answerable: await judgeQuestions(
          db,
          book.questions(corpus).map((entry) => entry.question),
        ),
        far: judged.filter((_, at) => offTopic[at]?.kind === "far"),
        near: judged.filter((_, at) => offTopic[at]?.kind === "near"),
      });
    });
  }
  console.log(formatCalibration(books));
  console.log(leadLines.join("\n"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
