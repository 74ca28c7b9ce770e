import { type Answer, answerQuestion, MAX_SELECTION_CHARS, relatedPassages } from "@pagewise/rag";
import { z } from "zod";
import { publicProcedure, router } from "../trpc";

// Messages are written for the reader: the error formatter (src/trpc.ts) turns them into the
// BAD_REQUEST message, e.g. "question: Ask a question: it must not be empty.".
export const ragQueryInput = z.object(
  {
    question: z
      .string({ error: "The question must be text." })
      .trim()
      .min(1, "Ask a question: it must not be empty.")
      .max(1000, "Ask a question of at most 1000 characters."),
    k: z
      .number({ error: "k must be a number." })
      .int("k must be a whole number.")
      .min(1, "k must be between 1 and 10.")
      .max(10, "k must be between 1 and 10.")
      .optional(),
  },
  { error: "Send an object with a question." },
);

export const ragSelectInput = z.object(
  {
    text: z
      .string({ error: "The selection must be text." })
      .trim()
      .min(1, "Select some text: it must not be empty.")
      .max(MAX_SELECTION_CHARS, `Select at most ${MAX_SELECTION_CHARS} characters.`),
    source: z.string({ error: "source must be text." }).trim().max(1000, "source is too long.").optional(),
  },
  { error: "Send an object with the selected text." },
);

/** The answer's shape for the REST mirror's OpenAPI document, checked against @pagewise/rag's own type. */
const answerOutput = z.object({
  answer: z.string(),
  citations: z.array(
    z.object({
      n: z.number(),
      source: z.string(),
      slug: z.string(),
      url: z.string(),
      title: z.string(),
      heading: z.string(),
      snippet: z.string(),
      score: z.number(),
    }),
  ),
  mode: z.literal("extractive"),
}) satisfies z.ZodType<Answer>;

/** Questions answered from the book, for anyone (the session, when there is one, never gates them). */
export const rag = router({
  query: publicProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/query",
        tags: ["assistant"],
        summary: "Answer a question from the book, with citations",
      },
    })
    .input(ragQueryInput)
    .output(answerOutput)
    .query(({ ctx, input }) => answerQuestion(ctx.db, input.question, { k: input.k ?? 5 })),
  select: publicProcedure
    .meta({
      openapi: { method: "POST", path: "/select", tags: ["assistant"], summary: "Passages related to selected text" },
    })
    .input(ragSelectInput)
    .output(answerOutput)
    .query(({ ctx, input }) => relatedPassages(ctx.db, input.text, { source: input.source || undefined })),
});
