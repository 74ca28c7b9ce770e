import { createServer } from "node:http";
import { describe, expect, it } from "vitest";
import { Secret } from "../src/config/secret";
import { streamChatCompletion } from "../src/llm/chat-stream";
import { LlmUnavailableError } from "../src/llm/llm-error";
import { sseData } from "../src/llm/sse-data";

/** A response body that delivers these pieces one read at a time, and says whether it was cancelled. */
function body(pieces: string[]): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  const encoder = new TextEncoder();
  let cancelled = false;
  const queue = [...pieces];
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = queue.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(encoder.encode(next));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

async function all(pieces: string[]): Promise<string[]> {
  const data: string[] = [];
  for await (const item of sseData(body(pieces).stream)) data.push(item);
  return data;
}

describe("sseData", () => {
  it("yields each event's data, across pieces split anywhere, and skips comments and other fields", async () => {
    expect(
      await all([": connected\n\n", 'data: {"a"', ":1}\n\nevent: x\nid: 7\ndata: two\n", "\ndata: [DONE]\n\n"]),
    ).toEqual(['{"a":1}', "two", "[DONE]"]);
  });

  it("joins an event's data lines, and reads CRLF line endings", async () => {
    expect(await all(["data: first\r\ndata: second\r\n\r\n"])).toEqual(["first\nsecond"]);
  });

  it("keeps an event the stream ended before closing", async () => {
    expect(await all(["data: one\n\ndata: last"])).toEqual(["one", "last"]);
  });

  it("cancels the download when the consumer stops early", async () => {
    const { stream, cancelled } = body(["data: one\n\n", "data: two\n\n", "data: three\n\n"]);
    for await (const data of sseData(stream)) if (data === "one") break;
    expect(cancelled()).toBe(true);
  });

  it("gives up on an endpoint that streams one endless line", async () => {
    const endless = Array.from({ length: 20 }, () => `data: ${"x".repeat(100_000)}`);
    await expect(all(endless)).rejects.toThrow(/buffer/i);
  });
});

it("reports a stream that cannot be read as the model's protocol failing, not as a network fault", async () => {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/event-stream" });
    response.end(`data: ${"x".repeat(2_000_000)}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the server has no port");
  const { port } = address;
  const config = {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    apiKey: new Secret("sk-test"),
    model: "m",
    timeoutMs: 5_000,
  };
  try {
    const failure = await (async () => {
      for await (const _ of streamChatCompletion(config, [{ role: "user", content: "hi" }]));
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LlmUnavailableError);
    expect(failure).toMatchObject({ failure: "protocol" });
  } finally {
    server.close();
  }
});
