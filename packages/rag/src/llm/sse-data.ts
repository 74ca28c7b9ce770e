/**
 * The `data:` payloads of a server-sent-events stream, one per event line, as
 * they arrive. Comments (`: keep-alive`), `event:`/`id:` fields and blank lines
 * carry nothing for chat completions and are skipped.
 */
export async function* sseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string, void, undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        break;
      }
      buffer += decoder.decode(value, { stream: true });
      const lines = buffer.split(/\r?\n/);
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        const data = dataOf(line);
        if (data !== undefined) yield data;
      }
    }
    const last = dataOf(buffer + decoder.decode());
    if (last !== undefined) yield last;
  } finally {
    // Stops the download when the consumer stops early (a [DONE], a timeout, a client gone).
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

function dataOf(line: string): string | undefined {
  if (!line.startsWith("data:")) return undefined;
  return line.slice(5).trim();
}
