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

/** A question set that cannot be read: missing, not JSON, or not in the format above. */
export class QuestionSetError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = "QuestionSetError";
  }
}

/** `questions.json` in `folder`: questions a book answers, each with the pages that answer it. */
export function readQuestions(folder: string): EvalQuestion[] {
  return readQuestionsFile(join(folder, "questions.json"));
}

/** `offtopic.json` in `folder`: questions the book does not answer, near its subject or far from it. */
export function readOffTopic(folder: string): OffTopicQuestion[] {
  return readOffTopicFile(join(folder, "offtopic.json"));
}

/** A questions file: `[{ "q": "…", "docs": ["page.md", …] }, …]`, pages relative to the docs folder. */
export function readQuestionsFile(path: string): EvalQuestion[] {
  return readJson(path, questionsFile).map(({ q, docs }) => ({ question: q, relevant: docs }));
}

/** An off-topic file: `[{ "q": "…", "kind": "near" | "far" }, …]`. */
export function readOffTopicFile(path: string): OffTopicQuestion[] {
  return readJson(path, offTopicFile).map(({ q, kind }) => ({ question: q, kind }));
}

function readJson<T>(path: string, schema: z.ZodType<T>): T {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new QuestionSetError(
      path,
      error instanceof Error && "code" in error ? `cannot be read (${error.code})` : "cannot be read",
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new QuestionSetError(path, `is not JSON (${error instanceof Error ? error.message : "parse error"})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new QuestionSetError(path, `is not a list of questions: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
