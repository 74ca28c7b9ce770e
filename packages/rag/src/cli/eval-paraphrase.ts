/**
 * `npm run eval:paraphrase`: what WordNet adds for the words a question uses
 * and the book never does. For each public book, recall@5 and MRR@10 of the
 * search as it is, then with each such word's WordNet synonyms that the book
 * does use added as terms at a fraction of their idf. Nothing is trained, so
 * every book is a held-out book. Not used by the assistant (see
 * docs/performance.md for the figures and why).
 */
import { evalBooks } from "../eval/eval-books";
import { scoreRetrieval } from "../eval/metrics";
import { withIngestedBook } from "../eval/with-ingested-book";
import { queryTerms } from "../retrieve/build-query";
import { loadChunkIndex } from "../retrieve/chunk-index/load-chunk-index";
import { searchTerms } from "../retrieve/search-chunks";
import { weighTerms } from "../retrieve/weigh-terms";
import { wordnetSynonyms } from "../train/wordnet-synonyms";

const SETTINGS = [
  { share: 0.5, senses: 1 },
  { share: 0.5, senses: 2 },
  { share: 0.3, senses: 1 },
  { share: 0.3, senses: 2 },
];

async function main(): Promise<void> {
  console.log(
    `${"book".padEnd(18)}${"as it is".padEnd(16)}${SETTINGS.map((s) => `×${s.share}, ${s.senses} sense${s.senses > 1 ? "s" : ""}`.padEnd(18)).join("")}`,
  );
  for (const book of evalBooks) {
    await withIngestedBook(book, async (db, corpus) => {
      const questions = book.questions(corpus);
      const lists: string[][][] = [[], ...SETTINGS.map(() => [])];
      for (const { question } of questions) {
        const index = await loadChunkIndex(db);
        const terms = await weighTerms(db, index, queryTerms(question));
        lists[0]?.push((await searchTerms(db, index, terms, { k: 10 })).map((hit) => hit.source));
        for (const [at, { share, senses }] of SETTINGS.entries()) {
          const absent = terms.filter((term) => term.matches === 0);
          const words = [...new Set(absent.flatMap((term) => wordnetSynonyms(term.word, senses)))];
          const extra = (await weighTerms(db, index, words))
            .filter((term) => term.matches > 0 && !terms.some((known) => known.lexeme === term.lexeme))
            .map((term) => ({ ...term, idf: term.idf * share }));
          lists[at + 1]?.push((await searchTerms(db, index, [...terms, ...extra], { k: 10 })).map((hit) => hit.source));
        }
      }
      const cells = lists.map((ranked) => {
        const figures = scoreRetrieval(
          questions,
          ranked.map((sources) => sources.slice(0, 5)),
          ranked,
        );
        return `${figures.recallAt5.toFixed(3)} / ${figures.mrrAt10.toFixed(3)}`;
      });
      console.log(`${book.name.padEnd(18)}${cells.map((cell, i) => cell.padEnd(i === 0 ? 16 : 18)).join("")}`);
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
