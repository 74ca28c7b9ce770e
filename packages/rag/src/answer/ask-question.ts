import type { Database } from "@pagewise/db";
import type { Kysely } from "kysely";
import type { RagRuntime } from "../config/rag-runtime";
import { buildPrompt } from "../llm/build-prompt";
import { streamChatCompletion } from "../llm/chat-stream";
import { LlmUnavailableError } from "../llm/llm-error";
import { introductionFirst } from "../personalise/introduction-first";
import { isBeginner, type ReaderProfile } from "../personalise/reader-profile";
import { queryTerms } from "../retrieve/build-query";
import type { ChunkIndex } from "../retrieve/chunk-index/chunk-index";
import { loadChunkIndex } from "../retrieve/chunk-index/load-chunk-index";
import { type ChunkHit, searchTerms } from "../retrieve/search-chunks";
import { semanticQuery } from "../retrieve/semantic-search";
import { type Term, weighTerms } from "../retrieve/weigh-terms";
import { answerSections, sectionPassage } from "./answer-sections";
import type { AnswerLead, AnswerMode, Citation } from "./citation";
import { extractiveAnswer } from "./extractive-answer";
import { withLeadWithinPage } from "./lead-within-page";
import { numberCitations } from "./number-citations";
import { asksHow } from "./question-intent";
import { readRenderedLead } from "./read-rendered-lead";
import { DEFAULT_BUDGET, DETAILED_BUDGET, judgeSections, type LeadBudget, refusal } from "./section-answer";

export interface AskOptions {
  /** How many passages to retrieve (default 5). */
  k?: number;
  /** The LLM and embeddings endpoints, when configured. */
  runtime?: RagRuntime | undefined;
  /** Only for a signed-in reader who consented; undefined gives exactly the anonymous answer. */
  reader?: ReaderProfile | undefined;
  /** Aborts the model's request when the caller goes away. */
  signal?: AbortSignal | undefined;
  /** The version of the book to answer from (a name `readBookVersions` lists); by default the last one. */
  version?: string | undefined;
}

/**
 * What a streamed answer is made of, in this order: the sections it is built
 * from (`citations`, with the mode it is meant to have), pieces of text
 * (`delta`), then `done` with the complete answer, its final citations
 * (numbered in the order the text cites them) and whether the book answered
 * the question at all. `done` is the one to keep: when a model stalls halfway
 * and the answer falls back to the extractive one, the deltas so far are
 * superseded by it.
 */
export type AskEvent =
  | { type: "citations"; citations: Citation[]; mode: AnswerMode }
  | { type: "delta"; text: string }
  | {
      type: "done";
      answer: string;
      citations: Citation[];
      mode: AnswerMode;
      /** False when the documentation does not seem to cover the question (the answer says so). */
      answered: boolean;
      fallbackReason?: string;
      lead?: AnswerLead;
    };

const BUDGETS: Record<ReaderProfile["answerStyle"], LeadBudget> = {
  concise: DEFAULT_BUDGET,
  detailed: DETAILED_BUDGET,
};

/**
 * Answers a question from the book, as a stream of events. When no retrieved
 * section covers enough of the question, the answer says so and lists the
 * closest sections, model or not: a model given passages that do not answer
 * the question is the likeliest to make something up. Otherwise, with an LLM
 * configured, the model writes the answer from the retrieved sections only;
 * if it fails or falls silent for longer than its timeout, the extractive
 * answer is given instead, saying why. Without one, the extractive answer is
 * the whole stream.
 */
export async function* askQuestion(
  db: Kysely<Database>,
  question: string,
  options: AskOptions = {},
): AsyncGenerator<AskEvent, void, undefined> {
  const index = await loadChunkIndex(db, options.version);
  const terms = await weighTerms(db, index, queryTerms(question));
  const sections = answerSections(index, await retrieve(db, index, question, terms, options));
  const budget = options.reader === undefined ? DEFAULT_BUDGET : BUDGETS[options.reader.answerStyle];
  const llm = options.runtime?.llm;
  const judged = judgeSections(question, terms, sections, options.runtime?.embeddings?.minSimilarity);
  const { ranked, answered } = judged;
  const good = answered ? await withLeadWithinPage(db, index, question, terms, judged.good) : judged.good;
  const lead = good[0];
  const rendered =
    answered && lead !== undefined ? await readRenderedLead(db, lead, budget, asksHow(question)) : undefined;

  if (llm === undefined || !answered) {
    const extractive = answered
      ? extractiveAnswer(question, terms, { ranked, good, answered }, budget, rendered)
      : refusal(question, ranked, terms);
    yield { type: "citations", citations: extractive.citations, mode: "extractive" };
    yield { type: "delta", text: extractive.answer };
    yield { type: "done", ...extractive, mode: "extractive" };
    return;
  }

  const sources = ranked.map((section) => section.source);
  yield { type: "citations", citations: sources.map((source, index) => ({ n: index + 1, ...source })), mode: "llm" };
  let written = "";
  try {
    const prompt = buildPrompt(question, ranked.map(sectionPassage), options.reader);
    for await (const text of streamChatCompletion(llm, prompt, options.signal)) {
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
    const extractive = extractiveAnswer(question, terms, { ranked, good, answered }, budget, rendered);
    if (written === "") yield { type: "delta", text: extractive.answer };
    yield {
      type: "done",
      ...extractive,
      mode: "extractive",
      fallbackReason: `${capitalise(error.message)}, so this answer is quoted from the documentation instead.`,
    };
    return;
  }
  const { answer, citations } = numberCitations(written, sources);
  // A model's reply that cites no passage is not an answer from the book (the
  // prompt tells it to say the documentation does not cover the question then).
  yield { type: "done", answer, citations, mode: "llm", answered: citations.length > 0 };
}

/**
 * The passages to answer from. A beginner's come from a wider candidate list,
 * so that an introduction that matches the question can lead.
 */
async function retrieve(
  db: Kysely<Database>,
  index: ChunkIndex,
  question: string,
  terms: Term[],
  options: AskOptions,
): Promise<ChunkHit[]> {
  const k = options.k ?? 5;
  const embeddings = options.runtime?.embeddings;
  const semantic =
    embeddings === undefined ? undefined : await semanticQuery(db, embeddings, question, options.runtime?.logger);
  if (!isBeginner(options.reader)) return searchTerms(db, index, terms, { k, semantic });
  return introductionFirst(await searchTerms(db, index, terms, { k: Math.min(50, k * 3), semantic }), k);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
