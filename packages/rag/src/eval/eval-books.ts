import {
  type LocatedCorpus,
  locateBabelCorpus,
  locateDocusaurusCorpus,
  locatePrettierCorpus,
  locateTrpcCorpus,
} from "./locate-corpus";
import type { EvalQuestion } from "./metrics";
import { type OffTopicQuestion, OWN_QUESTION_SETS, readOffTopic, readQuestions } from "./question-sets";

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
 * ever see. Two keep their questions in this package (`eval-data/`); two keep them beside
 * their pages (`questions.json`, `offtopic.json`), written by someone else.
 */
export const evalBooks: EvalBook[] = [
  {
    name: "tRPC docs",
    locate: locateTrpcCorpus,
    questions: () => readQuestions(OWN_QUESTION_SETS.trpc),
    offTopic: () => readOffTopic(OWN_QUESTION_SETS.trpc),
  },
  {
    name: "Docusaurus docs",
    locate: locateDocusaurusCorpus,
    questions: () => readQuestions(OWN_QUESTION_SETS.docusaurus),
    offTopic: () => readOffTopic(OWN_QUESTION_SETS.docusaurus),
  },
  {
    name: "Prettier docs",
    locate: locatePrettierCorpus,
    questions: (corpus) => readQuestions(corpus.root),
    offTopic: (corpus) => readOffTopic(corpus.root),
  },
  {
    name: "Babel docs",
    locate: locateBabelCorpus,
    questions: (corpus) => readQuestions(corpus.root),
    offTopic: (corpus) => readOffTopic(corpus.root),
  },
];
