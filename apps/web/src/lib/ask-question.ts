import type { TrpcClient } from "../trpc";
import type { Citation } from "./api-types";

/** What an answer is made of, in the order it arrives: its citations, its text in pieces, the end. */
export type AskEvent =
  | { type: "citations"; citations: Citation[] }
  | { type: "delta"; text: string }
  | { type: "done"; answer: string; mode: string };

/**
 * Asks the assistant and reports the answer as events, so the thread can show it as it arrives.
 *
 * The seam for streaming: the API's `rag.query` answers in one piece, which is reported here as
 * the same events a stream would give (citations, then the whole text, then done). When the
 * server gains the streaming `rag.ask` procedure (an async generator yielding exactly these
 * events), this function iterates it instead, through an `httpBatchStreamLink` for that path in
 * `src/trpc.ts`, and nothing that renders the thread changes.
 */
export async function askQuestion(
  client: TrpcClient,
  question: string,
  onEvent: (event: AskEvent) => void,
  signal?: AbortSignal,
): Promise<void> {
  const answer = await client.rag.query.query({ question }, { signal });
  onEvent({ type: "citations", citations: answer.citations });
  onEvent({ type: "delta", text: answer.answer });
  onEvent({ type: "done", answer: answer.answer, mode: answer.mode });
}
