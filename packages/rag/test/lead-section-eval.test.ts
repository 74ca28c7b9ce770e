import { createTestDatabase, type TestDatabase } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDirectory } from "../src";
import { evalBooks } from "../src/eval/eval-books";
import { expectedSectionsOf, leadSectionEval } from "../src/eval/lead-section-eval";

/**
 * How often the answer leads with a section that answers the question, on the
 * questions whose answering sections were labelled by hand (eval/expected-sections.ts).
 * Floors a little under today's figures (docs/performance.md); issue 21's target is 0.8 on
 * every book, which is not met. A change that lowers one book under its floor fails here.
 */
const floors: Record<string, number> = {
  "tRPC docs": 0.76,
  "Docusaurus docs": 0.7,
  "Prettier docs": 0.45,
  "Babel docs": 0.26,
};

for (const book of evalBooks) {
  const corpus = book.locate(import.meta.dirname);
  if (corpus.dir === undefined) {
    if (process.env.CI === "true") throw new Error(`CI needs the ${book.name} corpus: ${corpus.reason}.`);
    console.warn(`Skipping the ${book.name} lead-section eval: ${corpus.reason}.`);
  }

  describe.skipIf(corpus.dir === undefined)(`the lead section on the ${book.name} (PGlite)`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase("pglite");
      if (corpus.dir !== undefined) await ingestDirectory(database.db, corpus.dir, { staticDir: corpus.staticDir });
    }, 180_000);
    afterAll(() => database?.dispose());

    it("leads with a section that answers the question, on the labelled questions", async () => {
      const expected = expectedSectionsOf(book.name);
      expect(expected.length).toBeGreaterThanOrEqual(15);
      const { share, outcomes } = await leadSectionEval(database.db, expected);
      const wrong = outcomes.filter((outcome) => !outcome.right);
      console.log(
        `${book.name}: lead section right for ${share.toFixed(3)}\n${wrong
          .map(
            (outcome) =>
              `  - ${outcome.question}\n      want ${outcome.page}#${outcome.anchors.join("|")}, led ${outcome.led === undefined ? "(refused)" : `${outcome.led.page}#${outcome.led.anchor}`}`,
          )
          .join("\n")}`,
      );
      expect(share).toBeGreaterThanOrEqual(floors[book.name] ?? 1);
    }, 180_000);
  });
}
