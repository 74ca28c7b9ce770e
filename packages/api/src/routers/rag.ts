import { answerQuestion, MAX_SELECTION_CHARS, relatedPassages } from "@pagewise/rag";
import { z } from "zod";
import { publicProcedure, router } from "../trpc";

/**
 * A zod schema as a tRPC input parser whose failure message is the schema's own
 * wording ("Ask a question of at most 1000 characters."), so a BAD_REQUEST
 * tells the reader what to fix instead of carrying a serialised issue list.
 */
export function zodInput<T extends z.ZodType>(schema: T): (input: unknown) => z.output<T> {
  return (input) => {
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    throw new Error(result.error.issues.map((issue) => issue.message).join(" "));
  };
}

const queryInput = z.object(
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

const selectInput = z.object(
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

/** Questions answered from the book, for anyone (the session, when there is one, never gates them). */
export const rag = router({
  query: publicProcedure
    .input(zodInput(queryInput))
    .query(({ ctx, input }) => answerQuestion(ctx.db, input.question, { k: input.k ?? 5 })),
  select: publicProcedure
    .input(zodInput(selectInput))
    .query(({ ctx, input }) => relatedPassages(ctx.db, input.text, { source: input.source || undefined })),
});
