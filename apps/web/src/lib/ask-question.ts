import type { AppRouter } from "@pagewise/api";
import type { inferRouterOutputs } from "@trpc/server";
import type { TrpcClient } from "../trpc";
import type { VersionInput } from "./book-versions";

type AskStream = inferRouterOutputs<AppRouter>["rag"]["ask"];

/**
 * What an answer is made of, in the order the server's `rag.ask` yields it: its citations, its
 * text in pieces (one piece when quoted, many when a language model writes it), then the end.
 */
export type AskEvent = AskStream extends AsyncIterable<infer Event> ? Event : never;

/**
 * Asks the assistant and reports the answer as it arrives, from the version `version` names (see
 * versionInput; without one, the server answers from the last version). The stream comes through the
 * `httpBatchStreamLink` set up for `rag.ask` in src/trpc.ts; `rag.query` is the same answer in
 * one piece, for clients that cannot read a stream.
 */
export async function askQuestion(
  client: TrpcClient,
  question: string,
  version: VersionInput,
  onEvent: (event: AskEvent) => void,
  signal?: AbortSignal,
): Promise<void> {
  const stream = await client.rag.ask.query({ question, ...version }, { signal });
  for await (const event of stream) onEvent(event);
}
