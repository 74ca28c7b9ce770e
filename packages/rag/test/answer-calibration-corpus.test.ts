import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDirectory } from "../src";
import { type Judged, judgeQuestions } from "../src/calibrate/refusal-calibration";
import { type LocatedCorpus, locateDocusaurusCorpus, locateTrpcCorpus } from "../src/eval/locate-corpus";
import { OWN_QUESTION_SETS, readOffTopic, readQuestions } from "../src/eval/question-sets";

/**
 * Answerable questions the refusal rule still refuses, each for a reason no general rule can
 * see without a paraphrase lexicon: the question's key word is one the book never uses. Listed
 * so that any other refusal fails the test; the target is none.
 */
const KNOWN_REFUSED = new Set([
  // Docusaurus calls them Mermaid diagrams; "flowchart" is nowhere in the book.
  "How can I draw a flowchart in a Markdown page?",
]);
/**
 * Both sets mix far and near questions (13 + 7, 12 + 8). tRPC refuses 16 of 20 and Docusaurus 15:
 * "Disqus comments under my blog posts" is answered from the blog pages (docs/performance.md).
 */
const MIN_OFF_TOPIC_REFUSED = 0.75;

const books: Array<{ name: string; corpus: LocatedCorpus; answerable: string[]; offTopic: string[] }> = [
  {
    name: "tRPC",
    corpus: locateTrpcCorpus(import.meta.dirname),
    answerable: readQuestions(OWN_QUESTION_SETS.trpc).map((entry) => entry.question),
    offTopic: readOffTopic(OWN_QUESTION_SETS.trpc).map((entry) => entry.question),
  },
  {
    name: "Docusaurus",
    corpus: locateDocusaurusCorpus(import.meta.dirname),
    answerable: readQuestions(OWN_QUESTION_SETS.docusaurus).map((entry) => entry.question),
    offTopic: readOffTopic(OWN_QUESTION_SETS.docusaurus).map((entry) => entry.question),
  },
];

for (const { name, corpus } of books) {
  if (corpus.dir !== undefined) continue;
  if (process.env.CI === "true") throw new Error(`CI needs the ${name} corpus: ${corpus.reason}.`);
  console.warn(`Skipping the ${name} refusal calibration: ${corpus.reason}.`);
}

describe.each(books)("refusal calibration on the $name book (PGlite)", ({ corpus, answerable, offTopic }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    if (corpus.dir !== undefined) await ingestDirectory(database.db, corpus.dir, { staticDir: corpus.staticDir });
  }, 600_000);
  afterAll(() => database?.dispose());

  const show = (judged: Judged[]) => judged.map((entry) => `${entry.support.toFixed(3)} ${entry.question}`).join("\n");

  it.skipIf(corpus.dir === undefined)(
    "refuses no answerable question (beyond the known ones)",
    async () => {
      const refused = (await judgeQuestions(database.db, answerable)).filter((entry) => !entry.answered);
      if (refused.length > 0) console.log(`refused answerable questions:\n${show(refused)}`);
      expect(refused.filter((entry) => !KNOWN_REFUSED.has(entry.question))).toEqual([]);
    },
    600_000,
  );

  it.skipIf(corpus.dir === undefined)(
    `refuses at least ${MIN_OFF_TOPIC_REFUSED * 100} % of the off-topic questions`,
    async () => {
      const judged = await judgeQuestions(database.db, offTopic);
      const accepted = judged.filter((entry) => entry.answered);
      if (accepted.length > 0) console.log(`answered off-topic questions:\n${show(accepted)}`);
      expect(1 - accepted.length / judged.length).toBeGreaterThanOrEqual(MIN_OFF_TOPIC_REFUSED);
    },
    600_000,
  );
});
