import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDirectory } from "../src";
import { evalBooks } from "../src/eval/eval-books";
import { formatRetrievalEval, runRetrievalEval } from "../src/eval/run-retrieval-eval";

/**
 * The floors each public book's retrieval reaches (0.919 / 0.812 and
 * 0.874 / 0.747 on PGlite), a little under the measured figures. Ranking is
 * in memory, but the words come from each database's text-search parser, and
 * PGlite (Postgres 17) and Postgres 15 differ on one Docusaurus question
 * (0.865 / 0.746 there). They are below issue 11's targets
 * (recall@5 ≥ 0.95, MRR@10 ≥ 0.85 on each book), which are not met: see
 * docs/performance.md. A change that lowers one book's figure under its floor
 * fails here, whatever it gains on the other.
 */
const floors: Record<string, { recallAt5: number; mrrAt10: number }> = {
  "tRPC docs": { recallAt5: 0.91, mrrAt10: 0.8 },
  "Docusaurus docs": { recallAt5: 0.86, mrrAt10: 0.74 },
  "Prettier docs": { recallAt5: 0.76, mrrAt10: 0.62 },
  "Babel docs": { recallAt5: 0.82, mrrAt10: 0.67 },
};

for (const book of evalBooks) {
  // Real books nobody here wrote, read in place beside the repository (never copied into it).
  const corpus = book.locate(import.meta.dirname);
  if (corpus.dir === undefined) {
    if (process.env.CI === "true") throw new Error(`CI needs the ${book.name} corpus: ${corpus.reason}.`);
    console.warn(`Skipping the ${book.name} retrieval eval: ${corpus.reason}.`);
  }

  describe.skipIf(corpus.dir === undefined).each(testDrivers())(`retrieval on the ${book.name} on %s`, (driver) => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(driver);
      if (corpus.dir !== undefined) await ingestDirectory(database.db, corpus.dir, { staticDir: corpus.staticDir });
    }, 180_000);
    afterAll(() => database?.dispose());

    it("finds the right page for the eval questions, ahead of a stop-word BM25 baseline on both figures", async () => {
      const questions = corpus.dir === undefined ? [] : book.questions(corpus);
      const result = await runRetrievalEval(database.db, questions);
      console.log(`${book.name} (${driver})\n${formatRetrievalEval(result)}`);
      const floor = floors[book.name];
      expect(floor).toBeDefined();
      expect(questions.length).toBeGreaterThanOrEqual(40);
      expect(result.ours.recallAt5).toBeGreaterThanOrEqual(floor?.recallAt5 ?? 1);
      expect(result.ours.mrrAt10).toBeGreaterThanOrEqual(floor?.mrrAt10 ?? 1);
      expect(result.ours.recallAt5).toBeGreaterThan(result.baseline.recallAt5);
      expect(result.ours.mrrAt10).toBeGreaterThan(result.baseline.mrrAt10);
    }, 180_000);
  });
}
