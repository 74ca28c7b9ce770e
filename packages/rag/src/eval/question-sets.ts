import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { EvalQuestion } from "./metrics";

/**
 * A question a reader of a book might type that the book does not answer. The assistant should
 * refuse it ("The documentation doesn't seem to cover …") rather than answer confidently.
 */
export interface OffTopicQuestion {
  question: string;
  /** "near": the book's own field (a neighbouring tool or feature); "far": anything else. */
  kind: "near" | "far";
}

/**
 * This package's own question sets, data beside the code (`eval-data/README.md` says how they
 * were written), for the public books that ship none of their own. Each folder holds a
 * `questions.json` and an `offtopic.json` in the format the other books keep beside their pages.
 */
export const OWN_QUESTION_SETS = {
  trpc: fileURLToPath(new URL("../../eval-data/trpc-docs", import.meta.url)),
  docusaurus: fileURLToPath(new URL("../../eval-data/docusaurus-website", import.meta.url)),
} as const;

const questionsFile = z.array(
  z.object({
    q: z.string().min(1),
    docs: z.array(z.string().min(1)).min(1),
    // Our own sets say which part of the book a question is about, and which use the reader's words.
    topic: z.string().optional(),
    paraphrase: z.boolean().optional(),
  }),
);
const offTopicFile = z.array(z.object({ q: z.string().min(1), kind: z.enum(["near", "far"]) }));

/** `questions.json` in `folder`: questions a book answers, each with the pages that answer it. */
export function readQuestions(folder: string): EvalQuestion[] {
  return readJson(folder, "questions.json", questionsFile).map(({ q, docs }) => ({ question: q, relevant: docs }));
}

/** `offtopic.json` in `folder`: questions the book does not answer, near its subject or far from it. */
export function readOffTopic(folder: string): OffTopicQuestion[] {
  return readJson(folder, "offtopic.json", offTopicFile).map(({ q, kind }) => ({ question: q, kind }));
}

function readJson<T>(folder: string, name: string, schema: z.ZodType<T>): T {
  const path = join(folder, name);
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path} is not a list of questions: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
