import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./app-router.generated.js";

/** Every procedure's input, by path: `RouterInputs["rag"]["query"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;

/** Every procedure's output as a client receives it (dates as ISO strings), by path. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** A whole answer: `rag.query`'s output. */
export type Answer = RouterOutputs["rag"]["query"];

/** One source an answer cites. */
export type Citation = Answer["citations"][number];

/** One event of a streamed answer, in the order citations → delta… → done. */
export type AskEvent = RouterOutputs["rag"]["ask"] extends AsyncIterable<infer Event> ? Event : never;

/** What `ask` takes: the question, and optionally how many sources (`k`) and which version of the book. */
export type AskInput = RouterInputs["rag"]["ask"];
