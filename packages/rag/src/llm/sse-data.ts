import { createParser, type ParseError } from "eventsource-parser";

/**
 * The most a single event may hold before the stream is given up on: a chat
 * completion chunk is a few hundred bytes, so this only stops an endpoint that
 * streams one endless line.
 */
const MAX_EVENT_CHARS = 1_000_000;

/**
 * The `data` of each event of a server-sent-events stream, as it arrives
 * (eventsource-parser does the parsing: multi-line data, CR/LF endings,
 * comments such as `: keep-alive`).
 */
export async function* sseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string, void, undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const arrived: string[] = [];
  let overflow: ParseError | undefined;
  const parser = createParser({
    maxBufferSize: MAX_EVENT_CHARS,
    onEvent: (event) => arrived.push(event.data),
    // Unknown fields and bad `retry` values are the spec's to ignore; only an overflow ends the stream.
    onError: (error) => {
      if (error.type === "max-buffer-size-exceeded") overflow = error;
    },
  });
  const take = (text: string) => {
    parser.feed(text);
    if (overflow !== undefined) throw overflow;
    return arrived.splice(0);
  };
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        break;
      }
      yield* take(decoder.decode(value, { stream: true }));
    }
    // An event the stream ended before closing (no blank line after it) still counts.
    yield* take(`${decoder.decode()}\n\n`);
  } finally {
    // Stops the download when the consumer stops early (a [DONE], a timeout, a client gone).
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}
