import { createServer } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { listen, readBody } from "./listen";

const chatRequest = z.object({
  model: z.string(),
  stream: z.boolean().optional(),
  messages: z.array(z.object({ role: z.string(), content: z.string() })),
});
export type ChatRequest = z.infer<typeof chatRequest>;

/** What the fake model does for one request. */
export interface FakeReply {
  /** The answer's pieces, each sent as one SSE chunk. */
  tokens?: string[];
  /** Wait before the first chunk (a slow model), and between chunks. */
  firstTokenDelayMs?: number;
  tokenDelayMs?: number;
  /** Send this many tokens, then hang without closing (a model that stalls). */
  stallAfter?: number;
  /** Answer with this HTTP status and `errorBody` instead of a stream. */
  status?: number;
  errorBody?: string;
}

export interface FakeLlm {
  /** The value for LLM_BASE_URL. */
  baseUrl: string;
  /** Every request received: its Authorization header and parsed body. */
  requests: Array<{ authorization: string | undefined; body: ChatRequest }>;
  close(): Promise<void>;
}

/**
 * A local OpenAI-compatible chat-completions server for tests: `POST
 * /v1/chat/completions` with `stream: true` answers with SSE `data: {…}` chunks
 * carrying `choices[0].delta.content`, then `data: [DONE]`, exactly as the
 * real API does. `reply` decides, per request, what it says and how it fails.
 */
export async function startFakeLlm(reply: (request: ChatRequest) => FakeReply): Promise<FakeLlm> {
  const requests: FakeLlm["requests"] = [];
  const server = createServer(async (request, response) => {
    if (request.method !== "POST" || request.url !== "/v1/chat/completions") {
      response.writeHead(404).end();
      return;
    }
    const body = chatRequest.parse(JSON.parse(await readBody(request)));
    requests.push({ authorization: request.headers.authorization, body });
    const plan = reply(body);
    if (plan.status !== undefined && plan.status !== 200) {
      response.writeHead(plan.status, { "content-type": "application/json" }).end(plan.errorBody ?? "{}");
      return;
    }
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    response.write(": connected\n\n");
    await sleep(plan.firstTokenDelayMs ?? 0);
    for (const [index, token] of (plan.tokens ?? []).entries()) {
      if (plan.stallAfter !== undefined && index >= plan.stallAfter) return; // never ends: the client must give up
      if (response.destroyed) return;
      if (index > 0) await sleep(plan.tokenDelayMs ?? 0);
      const chunk = {
        id: "chatcmpl-test",
        object: "chat.completion.chunk",
        model: body.model,
        choices: [{ index: 0, delta: { content: token }, finish_reason: null }],
      };
      response.write(`data: ${JSON.stringify(chunk)}\n\n`);
    }
    if (plan.stallAfter !== undefined) return;
    response.write(
      `data: ${JSON.stringify({ id: "chatcmpl-test", object: "chat.completion.chunk", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`,
    );
    response.end("data: [DONE]\n\n");
  });
  const { origin, close } = await listen(server);
  return { baseUrl: `${origin}/v1`, requests, close };
}
