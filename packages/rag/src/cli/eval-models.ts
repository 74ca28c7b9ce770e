/**
 * `npm run eval:models`: the learned models, judged leave-one-book-out. It
 * ingests every public evaluation book, then judges each book with models
 * trained on the other books only, beside what the assistant does today:
 *   - ranking: recall@5 and MRR@10 of BM25F alone and of a listwise ranker
 *     over the same candidate sections (train/section-features.ts);
 *   - refusal: the share of answerable questions answered and of far and
 *     near off-topic questions refused, by the hand-written support rule
 *     and by a logistic model (train/refusal-features.ts).
 * Neither model is used by the assistant yet: on these books neither beats
 * what it does today (docs/performance.md). --misses lists each model's
 * wrong decisions.
 */

import { SECTION_FEATURES } from "../retrieve/section-features";
import { collectTrainingBooks } from "../train/collect-training-books";
import { fitListwise } from "../train/fit-linear-model";
import { answers, fitRefusal, type RefusalFigures, refusalFigures } from "../train/fit-refusal";
import { type BookDataset, leaveOneBookOut, scoreModel } from "../train/leave-one-book-out";

const misses = process.argv.includes("--misses");

async function main(): Promise<void> {
  const books = await collectTrainingBooks((line) => console.log(line));

  console.log("\nRanking, leave-one-book-out");
  console.log(`${"book".padEnd(18)}${"BM25F r@5".padEnd(11)}${"MRR@10".padEnd(9)}${"learned r@5".padEnd(13)}MRR@10`);
  const ranking: BookDataset[] = books.map((book) => ({ name: book.name, questions: book.ranking }));
  const fitRanker = (training: readonly BookDataset[]) =>
    fitListwise(
      training.flatMap((book) => book.questions.map((question) => question.candidates)),
      SECTION_FEATURES,
      { l2: 0.1 },
    );
  for (const { name, figures } of leaveOneBookOut(ranking, fitRanker)) {
    const bm25 = scoreModel(undefined, ranking.find((book) => book.name === name)?.questions ?? []);
    console.log(
      `${name.padEnd(18)}${fixed(bm25.recallAt5).padEnd(11)}${fixed(bm25.mrrAt10).padEnd(9)}${fixed(figures.recallAt5).padEnd(13)}${fixed(figures.mrrAt10)}`,
    );
  }

  console.log("\nRefusal, leave-one-book-out (answered / far refused / near refused)");
  console.log(`${"book".padEnd(18)}${"support rule".padEnd(22)}learned`);
  for (const book of books) {
    const model = fitRefusal(books.filter((other) => other !== book).flatMap((other) => other.refusal));
    const rule = refusalFigures((example) => example.ruleAnswers, book.refusal);
    const learned = refusalFigures((example) => answers(model, example), book.refusal);
    console.log(`${book.name.padEnd(18)}${rates(rule).padEnd(22)}${rates(learned)}`);
    if (misses)
      for (const example of learned.wrong)
        console.log(`    ${example.kind.padEnd(11)}${example.question.slice(0, 110)}`);
  }
}

function rates({ answered, farRefused, nearRefused }: RefusalFigures): string {
  return `${fixed(answered)} / ${fixed(farRefused)} / ${fixed(nearRefused)}`;
}

function fixed(value: number): string {
  return value.toFixed(3);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
