import { ParseError } from "eventsource-parser";
import { z } from "zod";
import type { LlmConfig } from "../config/rag-runtime";
import { redact } from "../config/secret";
import { LlmUnavailableError } from "./llm-error";
import { sseData } from "./sse-data";

export interface ChatMessage {
  role: "system" | "user";
  content: string;
}

/** The parts of an OpenAI-compatible stream chunk we read; anything else in it is ignored. */
const streamChunk = z.object({
  choices: z.array(z.object({ delta: z.object({ content: z.string().nullish() }).nullish() })).nullish(),
  error: z.object({ message: z.string().optional() }).nullish(),
});

/**
 * Streams a chat completion's text, piece by piece, from an OpenAI-compatible
 * endpoint (`stream: true`: SSE `data: {…}` lines ending with `data: [DONE]`).
 * The timeout is for silence: the model may take as long as it likes overall,
 * but not `timeoutMs` before its first token or between two (keep-alive
 * comments do not count, or a stuck server could hold a reader forever). The
 * clock stops while the caller holds a token, so a slow reader never counts
 * against the model. Every failure is an LlmUnavailableError whose message is safe to show.
 */
export async function* streamChatCompletion(
  config: LlmConfig,
  messages: ChatMessage[],
  signal?: AbortSignal,
): AsyncGenerator<string, void, undefined> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, config.timeoutMs);
  };
  const disarm = () => clearTimeout(timer);
  const stop = () => controller.abort();
  signal?.addEventListener("abort", stop, { once: true });
  if (signal?.aborted) stop();

  const failure = (error: unknown): LlmUnavailableError => {
    if (error instanceof LlmUnavailableError) return error;
    if (timedOut) {
      return new LlmUnavailableError(
        "timeout",
        `the language model did not answer within ${seconds(config.timeoutMs)}`,
      );
    }
    if (signal?.aborted) return new LlmUnavailableError("aborted", "the request was cancelled");
    if (error instanceof ParseError)
      return new LlmUnavailableError("protocol", "the language model's stream could not be read", error.message);
    const detail = error instanceof Error ? redact(error.message, config.apiKey) : undefined;
    return new LlmUnavailableError("network", "the language model could not be reached", detail);
  };

  try {
    arm();
    let response: Response;
    try {
      response = await fetch(`${config.baseUrl}/chat/completions`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${config.apiKey.reveal()}`,
          "content-type": "application/json",
          accept: "text/event-stream",
        },
        // A low temperature: the answer should restate the passages, not be creative about them.
        body: JSON.stringify({ model: config.model, messages, stream: true, temperature: 0.2 }),
        signal: controller.signal,
      });
    } catch (error) {
      throw failure(error);
    }
    if (!response.ok || response.body === null) {
      const body = await response.text().catch(() => "");
      throw new LlmUnavailableError(
        "http",
        `the language model answered HTTP ${response.status}`,
        redact(body.slice(0, 500), config.apiKey),
      );
    }

    let produced = false;
    try {
      for await (const data of sseData(response.body)) {
        if (data === "[DONE]") break;
        const text = contentOf(data, config);
        if (text === "") continue;
        produced = true;
        disarm();
        yield text;
        arm();
      }
    } catch (error) {
      throw failure(error);
    }
    if (!produced) throw new LlmUnavailableError("protocol", "the language model returned an empty answer");
  } finally {
    disarm();
    signal?.removeEventListener("abort", stop);
    // Ends the HTTP request when the caller stops early or the stream ended without [DONE] being read to the end.
    controller.abort();
  }
}

function contentOf(data: string, config: LlmConfig): string {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    throw new LlmUnavailableError("protocol", "the language model sent a malformed stream", data.slice(0, 200));
  }
  const parsed = streamChunk.safeParse(json);
  if (!parsed.success) {
    throw new LlmUnavailableError("protocol", "the language model sent a malformed stream", data.slice(0, 200));
  }
  if (parsed.data.error) {
    throw new LlmUnavailableError(
      "protocol",
      "the language model reported an error",
      redact(parsed.data.error.message ?? "", config.apiKey),
    );
  }
  return parsed.data.choices?.[0]?.delta?.content ?? "";
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
