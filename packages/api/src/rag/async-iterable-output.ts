import { z } from "zod";

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

/**
 * `.output()` for a streaming (async generator) procedure: tRPC 11 has no
 * built-in schema for streams, so this is the pattern its docs give
 * (zAsyncIterable): the schema accepts an async iterable and re-yields each
 * item parsed by `item`, so every event is checked on its way out and the
 * client's type is the schema's. Stopping early (a client gone) stops the
 * source too, through for-await's return().
 */
export function asyncIterableOf<Item extends z.ZodType>(item: Item) {
  return z
    .custom<AsyncIterable<z.input<Item>>>(isAsyncIterable, { error: "The procedure must return a stream." })
    .transform(async function* (source): AsyncGenerator<z.output<Item>, void, undefined> {
      for await (const value of source) yield await item.parseAsync(value);
    });
}
