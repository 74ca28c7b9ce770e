import { docusaurusDocsQuestions } from "./docusaurus-docs-questions";
import { type LocatedCorpus, locateDocusaurusCorpus, locateTrpcCorpus } from "./locate-corpus";
import type { EvalQuestion } from "./metrics";
import { trpcDocsQuestions } from "./trpc-docs-questions";

export interface EvalBook {
  name: string;
  locate(from?: string): LocatedCorpus;
  questions: EvalQuestion[];
}

/**
 * The public books retrieval is judged on. Ranking changes must hold on every
 * one of them: each stands in for the books nobody here will ever see.
 */
export const evalBooks: EvalBook[] = [
  { name: "tRPC docs", locate: locateTrpcCorpus, questions: trpcDocsQuestions },
  { name: "Docusaurus docs", locate: locateDocusaurusCorpus, questions: docusaurusDocsQuestions },
];
