import {
  type Answer,
  type AskEvent,
  answerQuestion,
  askQuestion,
  type Citation,
  MAX_SELECTION_CHARS,
  relatedPassages,
} from "@pagewise/rag";
import { z } from "zod";
import { withLoggedDone, withQuestionId } from "../assistant/log-question";
import { recordFeedback } from "../assistant/record-feedback";
import { safeText } from "../input/safe-text";
import { shownText } from "../input/shown-text";
import { versionInput } from "../input/version-input";
import { asyncIterableOf } from "../rag/async-iterable-output";
import { bookVersion } from "../rag/book-version";
import { readerProfileFor } from "../rag/reader-profile-for";
import { eventsWithSiteUrls, withSiteUrls } from "../rag/site-urls";
import { publicProcedure, router } from "../trpc";

// Messages are written for the reader: the error formatter (src/trpc.ts) turns them into the
// BAD_REQUEST message, e.g. "question: Ask a question: it must not be empty.".
export const ragQueryInput = z.object(
  {
    question: safeText("The question must be text.")
      .trim()
      .min(1, "Ask a question: it must not be empty.")
      .max(1000, "Ask a question of at most 1000 characters."),
    k: z
      .number({ error: "k must be a number." })
      .int("k must be a whole number.")
      .min(1, "k must be between 1 and 10.")
      .max(10, "k must be between 1 and 10.")
      .optional(),
    version: versionInput,
  },
  { error: "Send an object with a question." },
);

export const ragSelectInput = z.object(
  {
    text: safeText("The selection must be text.")
      .trim()
      .min(1, "Select some text: it must not be empty.")
      .max(MAX_SELECTION_CHARS, `Select at most ${MAX_SELECTION_CHARS} characters.`),
    source: safeText("source must be text.").trim().max(1000, "source is too long.").optional(),
    version: versionInput,
  },
  { error: "Send an object with the selected text." },
);

export const MAX_FEEDBACK_COMMENT_CHARS = 500;

export const ragFeedbackInput = z.object(
  {
    questionId: z.uuid({ error: "questionId must be the questionId of an answer." }),
    vote: z.enum(["up", "down"], { error: 'vote must be "up" or "down".' }),
    comment: shownText("The comment must be text.")
      .max(MAX_FEEDBACK_COMMENT_CHARS, `Write a comment of at most ${MAX_FEEDBACK_COMMENT_CHARS} characters.`)
      .optional(),
  },
  { error: "Send an object with a questionId and a vote." },
);

const feedbackOutput = z.object({
  questionId: z.string(),
  vote: z.enum(["up", "down"]),
  comment: z.string().nullable(),
});

/** The id of the answer in the question log, for a vote on it; absent when it could not be recorded. */
const questionId = z.string().optional();

const citationOutput = z.object({
  n: z.number(),
  source: z.string(),
  slug: z.string(),
  url: z.string(),
  title: z.string(),
  heading: z.string(),
  snippet: z.string(),
  score: z.number(),
  /** The page on the published docs site (DOCS_SITE_URL), where the server knows it: what an embedded assistant links to. */
  siteUrl: z.string().optional(),
}) satisfies z.ZodType<Citation>;

const answerMode = z.enum(["extractive", "llm"]);

/** An extractive answer's lead as the page shows it: HTML sanitised at ingest and again when quoted. */
const answerLead = z.object({ html: z.string(), truncated: z.boolean() });

/** The answer's shape for the REST mirror's OpenAPI document, checked against @pagewise/rag's own type. */
const answerOutput = z.object({
  answer: z.string(),
  citations: z.array(citationOutput),
  /** "llm" when the configured language model wrote it; "extractive" when quoted from the passages. */
  mode: answerMode,
  /**
   * False when the book does not seem to cover the question: the answer says so and the
   * citations are the closest sections ("Closest matches"), not sources of an answer.
   */
  answered: z.boolean(),
  /** Why a configured language model was not used for this answer. */
  fallbackReason: z.string().optional(),
  /** The lead of an extractive answer as HTML, for clients that show it as the reader does. */
  lead: answerLead.optional(),
  questionId,
}) satisfies z.ZodType<Answer>;

/** One event of `rag.ask`'s stream, in the order citations → delta… → done. */
const askEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("citations"), citations: z.array(citationOutput), mode: answerMode }),
  z.object({ type: z.literal("delta"), text: z.string() }),
  z.object({
    type: z.literal("done"),
    answer: z.string(),
    /** The final citations, numbered as the final answer cites them (supersede the first event's). */
    citations: z.array(citationOutput),
    mode: answerMode,
    answered: z.boolean(),
    fallbackReason: z.string().optional(),
    lead: answerLead.optional(),
    questionId,
  }),
]) satisfies z.ZodType<AskEvent>;

/** Questions answered from the book, for anyone (the session, when there is one, never gates them). */
export const rag = router({
  query: publicProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/query",
        tags: ["assistant"],
        summary: "Answer a question from the book, with citations",
        errorResponses: { 404: "The book has no version of that name" },
      },
    })
    .input(ragQueryInput)
    .output(answerOutput)
    .query(async ({ ctx, input, signal }) => {
      const version = await bookVersion(ctx, input.version);
      const answer = await answerQuestion(ctx.db, input.question, {
        k: input.k ?? 5,
        runtime: ctx.rag,
        reader: await readerProfileFor(ctx),
        signal,
        version,
      });
      return withSiteUrls(ctx.docsSite, await withQuestionId(ctx, { question: input.question, version }, answer));
    }),
  /**
   * The same answer, streamed: the SPA reads it with httpBatchStreamLink and
   * shows the citations at once and the text as the model writes it. Not in
   * the REST mirror (OpenAPI has no streams); `rag.query` is the one-shot form.
   */
  ask: publicProcedure
    .input(ragQueryInput)
    .output(asyncIterableOf(askEvent))
    .query(async function* ({ ctx, input, signal }) {
      const version = await bookVersion(ctx, input.version);
      const reader = await readerProfileFor(ctx);
      const events = askQuestion(ctx.db, input.question, {
        k: input.k ?? 5,
        runtime: ctx.rag,
        reader,
        signal,
        version,
      });
      yield* eventsWithSiteUrls(ctx.docsSite, withLoggedDone(ctx, { question: input.question, version }, events));
    }),
  /**
   * A reader's 👍 or 👎 on an answer (its `questionId`), with an optional short comment. Signed in
   * or not, the same: no user id and no address is stored, only the day's visitor key, and a
   * second vote on the same answer replaces the first.
   */
  feedback: publicProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/feedback",
        tags: ["assistant"],
        summary: "Vote on an answer",
        errorResponses: { 404: "No answer has this questionId" },
      },
    })
    .input(ragFeedbackInput)
    .output(feedbackOutput)
    .mutation(({ ctx, input }) => recordFeedback(ctx, input)),
  select: publicProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/select",
        tags: ["assistant"],
        summary: "Passages related to selected text",
        errorResponses: { 404: "The book has no version of that name" },
      },
    })
    .input(ragSelectInput)
    .output(answerOutput)
    .query(async ({ ctx, input }) =>
      withSiteUrls(
        ctx.docsSite,
        await relatedPassages(ctx.db, input.text, {
          source: input.source || undefined,
          version: await bookVersion(ctx, input.version),
        }),
      ),
    ),
});
