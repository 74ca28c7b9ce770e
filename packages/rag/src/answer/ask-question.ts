import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import type { RagRuntime } from "../config/rag-runtime";
import { buildPrompt } from "../llm/build-prompt";
import { streamChatCompletion } from "../llm/chat-stream";
import { LlmUnavailableError } from "../llm/llm-error";
import { introductionFirst } from "../personalise/introduction-first";
import { isBeginner, type ReaderProfile } from "../personalise/reader-profile";
import { queryTerms } from "../retrieve/build-query";
import { type ChunkHit, searchTerms } from "../retrieve/search-chunks";
import { semanticQuery } from "../retrieve/semantic-search";
import { type Term, weighTerms } from "../retrieve/weigh-terms";
import { type AnswerMode, type Citation, toCitation } from "./citation";
import { DEFAULT_BUDGET, type SentenceBudget } from "./compose-answer";
import { extractiveAnswer } from "./extractive-answer";

export interface AskOptions {
  /** How many passages to retrieve and cite (default 5). */
  k?: number;
  /** The LLM and embeddings endpoints, when configured. */
  runtime?: RagRuntime | undefined;
  /** Only for a signed-in reader who consented; undefined gives exactly the anonymous answer. */
  reader?: ReaderProfile | undefined;
  /** Aborts the model's request when the caller goes away. */
  signal?: AbortSignal | undefined;
}

/**
 * What a streamed answer is made of, in this order: the passages it is built
 * from (`citations`, with the mode it is meant to have), pieces of text
 * (`delta`), then `done` with the complete answer. `done.answer` is the one to
 * keep: when a model stalls halfway and the answer falls back to the
 * extractive one, the deltas so far are superseded by it.
 */
export type AskEvent =
  | { type: "citations"; citations: Citation[]; mode: AnswerMode }
  | { type: "delta"; text: string }
  | { type: "done"; answer: string; mode: AnswerMode; fallbackReason?: string };

const BUDGETS: Record<ReaderProfile["answerStyle"], SentenceBudget> = {
  concise: DEFAULT_BUDGET,
  detailed: { maxSentences: 6, maxPerPassage: 3 },
};

/**
 * Answers a question from the book, as a stream of events. With an LLM
 * configured, the model writes the answer from the retrieved passages only;
 * if it fails or falls silent for longer than its timeout, the extractive
 * answer is given instead, saying why. Without one, the extractive answer is
 * the whole stream.
 */
export async function* askQuestion(
  db: Kysely<Database>,
  question: string,
  options: AskOptions = {},
): AsyncGenerator<AskEvent, void, undefined> {
  const terms = await weighTerms(db, queryTerms(question));
  const hits = await retrieve(db, question, terms, options);
  const citations = hits.map(toCitation);
  const budget = options.reader === undefined ? DEFAULT_BUDGET : BUDGETS[options.reader.answerStyle];
  const llm = options.runtime?.llm;

  // With nothing retrieved there is nothing a model may answer from.
  if (llm === undefined || hits.length === 0) {
    const answer = await extractiveAnswer(db, terms, hits, citations, budget);
    yield { type: "citations", citations, mode: "extractive" };
    yield { type: "delta", text: answer };
    yield { type: "done", answer, mode: "extractive" };
    return;
  }

  yield { type: "citations", citations, mode: "llm" };
  let written = "";
  try {
    for await (const text of streamChatCompletion(llm, buildPrompt(question, hits, options.reader), options.signal)) {
      written += text;
      yield { type: "delta", text };
    }
  } catch (error) {
    if (!(error instanceof LlmUnavailableError)) throw error;
    if (error.failure === "aborted") return;
    options.runtime?.logger?.warn(
      `The language model could not answer; giving the extractive answer: ${error.message}`,
      {
        failure: error.failure,
        detail: error.detail,
      },
    );
    const answer = await extractiveAnswer(db, terms, hits, citations, budget);
    if (written === "") yield { type: "delta", text: answer };
    yield {
      type: "done",
      answer,
      mode: "extractive",
      fallbackReason: `${capitalise(error.message)}, so this answer is quoted from the documentation instead.`,
    };
    return;
  }
  yield { type: "done", answer: keepKnownCitations(written, citations.length), mode: "llm" };
}

/**
 * The passages to answer from. A beginner's come from a wider candidate list,
 * so that an introduction that matches the question can lead.
 */
async function retrieve(
  db: Kysely<Database>,
  question: string,
  terms: Term[],
  options: AskOptions,
): Promise<ChunkHit[]> {
  const k = options.k ?? 5;
  const embeddings = options.runtime?.embeddings;
  const semantic =
    embeddings === undefined ? undefined : await semanticQuery(db, embeddings, question, options.runtime?.logger);
  if (!isBeginner(options.reader)) return searchTerms(db, terms, { k, semantic });
  return introductionFirst(await searchTerms(db, terms, { k: Math.min(50, k * 3), semantic }), k);
}

/** A model may cite a passage it was not given; such a marker would link nowhere, so it goes. */
export function keepKnownCitations(answer: string, count: number): string {
  return answer
    .replace(/\s*\[(\d+)\]/g, (marker, n: string) => (Number(n) >= 1 && Number(n) <= count ? marker : ""))
    .trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
