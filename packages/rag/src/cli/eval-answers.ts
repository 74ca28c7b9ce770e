/**
 * `npm run eval:answers`: ingests both evaluation books into in-memory
 * databases and prints how often the assistant refuses their answerable and
 * their off-topic questions, then every question on the wrong side of the
 * refusal threshold (with its support, to see the margin).
 */
import { createDatabase, migrateToLatest } from "@pagewise/db";
import { type BookCalibration, formatCalibration, judgeQuestions } from "../calibrate/refusal-calibration";
import { docusaurusDocsQuestions } from "../eval/docusaurus-docs-questions";
import { type LocatedCorpus, locateDocusaurusCorpus, locateTrpcCorpus } from "../eval/locate-corpus";
import { offTopicQuestions } from "../eval/off-topic-questions";
import { trpcDocsQuestions } from "../eval/trpc-docs-questions";
import { ingestDirectory } from "../ingest/ingest-directory";

async function calibrateBook(
  book: string,
  corpus: LocatedCorpus,
  answerable: string[],
  offTopic: string[],
): Promise<BookCalibration | undefined> {
  if (corpus.dir === undefined) {
    console.log(`Skipping ${book}: ${corpus.reason}.`);
    if (process.env.CI === "true") process.exitCode = 1;
    return undefined;
  }
  const database = await createDatabase("pglite:memory");
  try {
    await migrateToLatest(database.db);
    const summary = await ingestDirectory(database.db, corpus.dir, { staticDir: corpus.staticDir });
    console.log(`Ingested ${corpus.dir}: ${summary.added} pages, ${summary.chunks} chunks`);
    return {
      book,
      answerable: await judgeQuestions(database.db, answerable),
      offTopic: await judgeQuestions(database.db, offTopic),
    };
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const books = [
    await calibrateBook(
      "tRPC",
      locateTrpcCorpus(),
      trpcDocsQuestions.map((entry) => entry.question),
      offTopicQuestions.trpc,
    ),
    await calibrateBook(
      "Docusaurus",
      locateDocusaurusCorpus(),
      docusaurusDocsQuestions.map((entry) => entry.question),
      offTopicQuestions.docusaurus,
    ),
  ].filter((book) => book !== undefined);
  console.log(formatCalibration(books));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
