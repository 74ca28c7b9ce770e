import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import { type AskOptions, askQuestion } from "./ask-question";
import type { Answer } from "./citation";

export type AnswerOptions = AskOptions;

/** askQuestion, collected: the complete answer at once (REST mirror, `rag.query`, tests). */
export async function answerQuestion(
  db: Kysely<Database>,
  question: string,
  options: AnswerOptions = {},
): Promise<Answer> {
  for await (const event of askQuestion(db, question, options)) {
    if (event.type === "done") {
      const { type: _, ...answer } = event;
      return answer;
    }
  }
  // askQuestion ends without `done` only when its signal aborted the model's request.
  throw new Error("The question was cancelled before it was answered.");
}
