/**
 * `npm run eval:book -- <docs directory> [--questions <file>] [--offtopic <file>]`:
 * how well the assistant does on your own book, with your own questions. The
 * book is indexed into a database in memory (yours is not touched), then it
 * prints recall@5 and MRR@10 against a stop-word BM25 baseline, with every
 * miss, and how many questions are answered or refused without a language
 * model. With EMBEDDINGS_URL set, the chunks are embedded, retrieval is
 * scored with and without the semantic leg, to show what your model adds, and
 * values of EMBEDDINGS_MIN_SIMILARITY are suggested from the questions (the
 * similarity at which the model's finds count as covering a question).
 *
 * The files default to `questions.json` and `offtopic.json` in the directory
 * given or beside the docs folder, in the format of the public evaluation
 * books (docs/your-docs.md, "Measuring the assistant on your book").
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { createDatabase, type Database, migrateToLatest } from "@pagewise/db";
import type { Kysely } from "kysely";
import { formatCalibration, type Judged, judgeQuestions } from "../calibrate/refusal-calibration";
import { answeredAt, formatThresholds, similarityThresholds } from "../calibrate/similarity-threshold";
import type { RagRuntime } from "../config/rag-runtime";
import { RagConfigError, ragRuntimeFromEnv } from "../config/rag-runtime-from-env";
import type { EvalQuestion } from "../eval/metrics";
import { type OffTopicQuestion, QuestionSetError, readOffTopicFile, readQuestionsFile } from "../eval/question-sets";
import { formatRetrievalEval, runRetrievalEval } from "../eval/run-retrieval-eval";
import { ingestDirectory } from "../ingest/ingest-directory";
import { loadChunkIndex } from "../retrieve/chunk-index/load-chunk-index";
import { type BookArgument, BookArgumentError, fromStartDirectory, resolveBookArgument } from "./book-argument";
import { createProgressReporter } from "./progress-reporter";

/** How many unknown expected pages to list: the first few show the mistake. */
const SHOWN_UNKNOWN = 10;

const USAGE = "Usage: npm run eval:book -- <docs directory> [--questions <file>] [--offtopic <file>]";

/** What the command line asked for, or why it cannot be done (nothing indexed yet). */
class UsageError extends Error {
  override readonly name = "UsageError";
}

interface Plan {
  book: BookArgument;
  questionsPath: string;
  questions: EvalQuestion[];
  offTopicPath: string | undefined;
  offTopic: OffTopicQuestion[];
  runtime: RagRuntime;
}

async function main(): Promise<void> {
  let plan: Plan;
  try {
    plan = await readPlan(process.argv.slice(2));
  } catch (error) {
    const expected = [UsageError, BookArgumentError, QuestionSetError, RagConfigError];
    if (!expected.some((kind) => error instanceof kind) || !(error instanceof Error)) throw error;
    console.error(error.message);
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const { book, runtime } = plan;

  const database = await createDatabase("pglite:memory");
  const progress = createProgressReporter();
  try {
    await migrateToLatest(database.db);
    const summary = await ingestDirectory(database.db, book.docsDir, {
      onProgress: progress.onProgress,
      embeddings: runtime.embeddings,
      staticDir: book.staticDir,
      siteDir: book.site?.siteDir,
      // As `npm run ingest` does: a page that hangs or nests too deep fails alone.
      isolatePages: true,
    });
    progress.finish();
    console.log(
      `Indexed ${book.docsDir} in memory: ${summary.added} pages, ${summary.chunks} chunks in ${summary.seconds}s` +
        (summary.embedded === undefined ? "" : `, ${summary.embedded} embedded`),
    );
    if (summary.failed.length > 0) {
      console.error(`${summary.failed.length} pages could not be indexed (npm run ingest lists them and why).`);
    }
    if (summary.embeddingError !== undefined) {
      console.error(`Embedding stopped: ${summary.embeddingError}. Retrieval is scored without embeddings.`);
    }

    const unknown = unknownPages(
      plan.questions,
      new Set((await loadChunkIndex(database.db)).chunks.map((c) => c.source)),
    );
    if (unknown.length > 0) {
      console.error(
        `${plan.questionsPath} names pages the book does not have (paths are relative to ${book.docsDir}):`,
      );
      for (const { page, question } of unknown.slice(0, SHOWN_UNKNOWN)) console.error(`  ${page}  (in "${question}")`);
      if (unknown.length > SHOWN_UNKNOWN) console.error(`  … and ${unknown.length - SHOWN_UNKNOWN} more`);
      if (unknown.length === plan.questions.flatMap((entry) => entry.relevant).length) {
        console.error("None of them is in the book: is it a subfolder of the directory given? Then pass that folder.");
      }
      process.exitCode = 2;
      return;
    }

    console.log(`\nRetrieval: ${plan.questionsPath}`);
    const scoredRuntime: RagRuntime = summary.embeddingError === undefined ? runtime : {};
    console.log(formatRetrievalEval(await runRetrievalEval(database.db, plan.questions, scoredRuntime)));

    const embeddings = scoredRuntime.embeddings;
    const minSimilarity = embeddings?.minSimilarity;
    // Judged once by the words, with each question's best similarity beside it; the configured
    // threshold, and every other one suggested below, is applied to that.
    const byWords = await judgeBook(
      database.db,
      plan,
      embeddings === undefined
        ? scoredRuntime
        : { ...scoredRuntime, embeddings: { ...embeddings, minSimilarity: undefined } },
    );
    const atSetting = (entries: Judged[]) =>
      entries.map((entry) => ({ ...entry, answered: answeredAt(entry, minSimilarity) }));
    console.log(
      `\nAnswered or refused (a language model, when configured, is asked only about the answered ones)${minSimilarity === undefined ? "" : `, EMBEDDINGS_MIN_SIMILARITY=${minSimilarity}`}:`,
    );
    console.log(
      formatCalibration([
        {
          book: "your book",
          answerable: atSetting(byWords.answerable),
          far: atSetting(byWords.far),
          near: atSetting(byWords.near),
        },
      ]),
    );
    if (plan.offTopicPath === undefined) {
      console.log("No off-topic questions (offtopic.json): refusals were not measured.");
    }
    if (embeddings !== undefined) {
      console.log(`\nWhere ${embeddings.model} could support answers the words miss:`);
      console.log(formatThresholds(similarityThresholds(byWords.answerable, byWords.far, byWords.near)));
    }
  } finally {
    progress.finish();
    await database.close();
  }
}

/** Every question of the plan judged answered or refused, the off-topic ones by kind. */
async function judgeBook(
  db: Kysely<Database>,
  plan: Plan,
  runtime: RagRuntime,
): Promise<{ answerable: Judged[]; far: Judged[]; near: Judged[] }> {
  const offTopic = await judgeQuestions(
    db,
    plan.offTopic.map((entry) => entry.question),
    runtime,
  );
  return {
    answerable: await judgeQuestions(
      db,
      plan.questions.map((entry) => entry.question),
      runtime,
    ),
    far: offTopic.filter((_, at) => plan.offTopic[at]?.kind === "far"),
    near: offTopic.filter((_, at) => plan.offTopic[at]?.kind === "near"),
  };
}

/** The arguments and files, all checked before anything is indexed. */
async function readPlan(args: string[]): Promise<Plan> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : "Bad arguments.");
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`One docs directory, not ${positionals.length}.`);
  const book = await resolveBookArgument(positionals[0]);
  const searched = [...new Set([fromStartDirectory(positionals[0] ?? "."), dirname(book.docsDir)])];
  const questionsPath = pathOf(values.questions, searched, "questions.json");
  if (questionsPath === undefined) {
    throw new UsageError(
      `No questions file: pass --questions <file>, or put questions.json in ${searched.join(" or ")}. ` +
        'It lists questions and the pages that answer them: [{ "q": "How do I …?", "docs": ["guides/setup.md"] }].',
    );
  }
  const offTopicPath = pathOf(values.offtopic, searched, "offtopic.json");
  return {
    book,
    questionsPath,
    questions: readQuestionsFile(questionsPath),
    offTopicPath,
    offTopic: offTopicPath === undefined ? [] : readOffTopicFile(offTopicPath),
    runtime: ragRuntimeFromEnv(process.env),
  };
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { questions: { type: "string" }, offtopic: { type: "string" } },
  });
}

/** The file given (which must then exist: readQuestionsFile says so), else the first `name` in `folders`. */
function pathOf(given: string | undefined, folders: string[], name: string): string | undefined {
  if (given !== undefined) return fromStartDirectory(given);
  return folders.map((folder) => join(folder, name)).find((path) => existsSync(path));
}

/** Expected pages no chunk comes from: a typo there would count every answer as a miss. */
function unknownPages(questions: EvalQuestion[], sources: ReadonlySet<string>): { page: string; question: string }[] {
  return questions.flatMap(({ question, relevant }) =>
    relevant.filter((page) => !sources.has(page)).map((page) => ({ page, question })),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
