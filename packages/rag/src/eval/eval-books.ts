import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { docusaurusDocsQuestions } from "./docusaurus-docs-questions";
import {
  type LocatedCorpus,
  locateBabelCorpus,
  locateDocusaurusCorpus,
  locatePrettierCorpus,
  locateTrpcCorpus,
} from "./locate-corpus";
import type { EvalQuestion } from "./metrics";
import { type OffTopicQuestion, offTopicQuestions } from "./off-topic-questions";
import { trpcDocsQuestions } from "./trpc-docs-questions";

export type FoundCorpus = Extract<LocatedCorpus, { dir: string }>;

export interface EvalBook {
  name: string;
  locate(from?: string): LocatedCorpus;
  /** Questions the book answers, each with the pages that answer it (relative to the docs folder). */
  questions(corpus: FoundCorpus): EvalQuestion[];
  /** Questions it does not answer, near its subject or far from it. */
  offTopic(corpus: FoundCorpus): OffTopicQuestion[];
}

/**
 * The public books retrieval and refusal are judged on, each leave-one-book-out
 * (train/leave-one-book-out.ts): each stands in for the books nobody here will
 * ever see. Two keep their questions in this package; two keep them beside
 * their pages (`questions.json`, `offtopic.json`), written by someone else.
 */
export const evalBooks: EvalBook[] = [
  {
    name: "tRPC docs",
    locate: locateTrpcCorpus,
    questions: () => trpcDocsQuestions,
    offTopic: () => offTopicQuestions.trpc,
  },
  {
    name: "Docusaurus docs",
    locate: locateDocusaurusCorpus,
    questions: () => docusaurusDocsQuestions,
    offTopic: () => offTopicQuestions.docusaurus,
  },
  {
    name: "Prettier docs",
    locate: locatePrettierCorpus,
    questions: readQuestions,
    offTopic: readOffTopic,
  },
  {
    name: "Babel docs",
    locate: locateBabelCorpus,
    questions: readQuestions,
    offTopic: readOffTopic,
  },
];

const questionsFile = z.array(z.object({ q: z.string().min(1), docs: z.array(z.string().min(1)).min(1) }));
const offTopicFile = z.array(z.object({ q: z.string().min(1), kind: z.enum(["near", "far"]) }));

function readQuestions(corpus: FoundCorpus): EvalQuestion[] {
  return readJson(corpus, "questions.json", questionsFile).map(({ q, docs }) => ({ question: q, relevant: docs }));
}

function readOffTopic(corpus: FoundCorpus): OffTopicQuestion[] {
  return readJson(corpus, "offtopic.json", offTopicFile).map(({ q, kind }) => ({ question: q, kind }));
}

function readJson<T>(corpus: FoundCorpus, name: string, schema: z.ZodType<T>): T {
  const path = join(corpus.root, name);
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path} is not a list of questions: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
