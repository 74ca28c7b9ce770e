import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import type { Context } from "../context";
import type { Vote } from "./assistant-observer";

export interface FeedbackInput {
  questionId: string;
  vote: Vote;
  comment?: string | undefined;
}

// Callers with no client address (the server's own in-process calls) share one vote per answer.
const UNKNOWN_VISITOR = "unknown";

/**
 * Stores a reader's vote on one answer: one row per voter and answer, so a
 * second vote (or the comment that follows a vote) replaces the first. Stores
 * the daily voter key (account or network, hashed), never the session's user
 * or the client's address.
 */
export async function recordFeedback(
  ctx: Pick<Context, "db" | "voterKey" | "assistant">,
  input: FeedbackInput,
): Promise<{ questionId: string; vote: Vote; comment: string | null }> {
  const comment = input.comment === undefined || input.comment === "" ? null : input.comment;
  const vote = input.vote === "up" ? 1 : -1;
  const row = await ctx.db
    .insertInto("answer_feedback")
    .columns(["question_log_id", "visitor_key", "vote", "comment"])
    .expression((eb) =>
      eb
        .selectFrom("question_log")
        .select([
          "id",
          eb.val(ctx.voterKey ?? UNKNOWN_VISITOR).as("visitor_key"),
          eb.val(vote).as("vote"),
          eb.val(comment).as("comment"),
        ])
        .where("id", "=", input.questionId),
    )
    .onConflict((oc) =>
      oc.constraint("answer_feedback_one_vote_per_visitor").doUpdateSet({
        vote: (eb) => eb.ref("excluded.vote"),
        comment: (eb) => eb.ref("excluded.comment"),
        created_at: sql`now()`,
      }),
    )
    .returning("id")
    .executeTakeFirst();
  if (row === undefined) {
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "That answer is no longer on record: ask again to vote on the new answer.",
    });
  }
  ctx.assistant.voteGiven(input.vote);
  return { questionId: input.questionId, vote: input.vote, comment };
}
