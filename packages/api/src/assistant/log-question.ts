import { groupWrites, type NewRow, perDatabase } from "@pagewise/db";
import type { AnswerMode, AskEvent, Citation } from "@pagewise/rag";
import type { Context } from "../context";
import { citedSources } from "./cited-sources";
import { wasAnswered } from "./was-answered";

type LoggingContext = Pick<Context, "db" | "visitorKey" | "assistant">;

/** What was asked, and of which version of the book (admin figures split by it). */
export interface AskedQuestion {
  question: string;
  version: string;
}

interface GivenAnswer {
  mode: AnswerMode;
  answered?: boolean;
  citations: readonly Pick<Citation, "slug" | "url">[];
}

/**
 * Question-log rows are written in groups (see groupWrites): one insert for
 * the answers given in the same turn of the event loop or while the previous
 * insert ran. Ids are made here, so no row has to be read back.
 */
const writeQuestionRows = perDatabase((db) =>
  groupWrites(async (rows: NewRow<"question_log">[]) => {
    await db.insertInto("question_log").values(rows).execute();
    return rows.map(() => undefined);
  }),
);

/**
 * Records one answer in the question log and returns its id (what a reader's
 * vote refers to). Never throws: a log that cannot be written costs the
 * reader their 👍/👎 button, never their answer; the failure is reported.
 */
export async function logQuestion(
  ctx: LoggingContext,
  { question, version }: AskedQuestion,
  answer: GivenAnswer,
): Promise<string | undefined> {
  const answered = wasAnswered(answer);
  ctx.assistant.answerGiven(answer.mode, answered);
  try {
    const id = crypto.randomUUID();
    await writeQuestionRows(ctx.db)({
      id,
      question,
      version,
      answered,
      mode: answer.mode,
      cited_sources: JSON.stringify(citedSources(answer.citations)),
      visitor_key: ctx.visitorKey ?? null,
    });
    return id;
  } catch (error) {
    ctx.assistant.warn("could not record a question in the question log", error);
    return undefined;
  }
}

/** `rag.query`'s answer, logged, with the id a vote refers to. */
export async function withQuestionId<A extends GivenAnswer>(
  ctx: LoggingContext,
  asked: AskedQuestion,
  answer: A,
): Promise<A & { questionId?: string }> {
  const questionId = await logQuestion(ctx, asked, answer);
  return questionId === undefined ? answer : { ...answer, questionId };
}

/**
 * `rag.ask`'s stream, passed through; its final `done` event is logged (with
 * the citations the stream began with) and carries the id a vote refers to.
 */
export async function* withLoggedDone(
  ctx: LoggingContext,
  asked: AskedQuestion,
  events: AsyncIterable<AskEvent>,
): AsyncGenerator<AskEvent & { questionId?: string }> {
  let citations: Citation[] = [];
  for await (const event of events) {
    if (event.type === "citations") citations = event.citations;
    if (event.type !== "done") {
      yield event;
      continue;
    }
    const questionId = await logQuestion(ctx, asked, { ...event, citations });
    yield questionId === undefined ? event : { ...event, questionId };
  }
}
