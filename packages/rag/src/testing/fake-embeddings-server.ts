import { createServer } from "node:http";
import { z } from "zod";
import { listen, readBody } from "./listen";

const embeddingsRequest = z.object({ model: z.string(), input: z.union([z.string(), z.array(z.string())]) });

export interface FakeEmbeddings {
  /** The value for EMBEDDINGS_URL. */
  url: string;
  /** How many texts it has embedded, per request. */
  batches: number[];
  /** Make it fail (HTTP 503) from now on, or recover. */
  setFailing(failing: boolean): void;
  close(): Promise<void>;
}

export const FAKE_DIMENSIONS = 64;

/**
 * A local OpenAI-compatible `POST /v1/embeddings` server returning
 * deterministic vectors: a hashed bag of words, each word first mapped through
 * `synonyms`, so a test can make two different words mean the same thing, which
 * is what a real embedding model adds over full-text search.
 */
export async function startFakeEmbeddings(synonyms: Record<string, string> = {}): Promise<FakeEmbeddings> {
  const batches: number[] = [];
  let failing = false;
  const server = createServer(async (request, response) => {
    if (request.method !== "POST" || request.url !== "/v1/embeddings") {
      response.writeHead(404).end();
      return;
    }
    if (failing) {
      response.writeHead(503, { "content-type": "application/json" }).end('{"error":{"message":"overloaded"}}');
      return;
    }
    const body = embeddingsRequest.parse(JSON.parse(await readBody(request)));
    const input = typeof body.input === "string" ? [body.input] : body.input;
    batches.push(input.length);
    const data = input.map((text, index) => ({ object: "embedding", index, embedding: bagOfWords(text, synonyms) }));
    response
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ object: "list", data, model: body.model }));
  });
  const { origin, close } = await listen(server);
  return {
    url: `${origin}/v1/embeddings`,
    batches,
    setFailing: (value) => {
      failing = value;
    },
    close,
  };
}

function bagOfWords(text: string, synonyms: Record<string, string>): number[] {
  const vector = new Array<number>(FAKE_DIMENSIONS).fill(0);
  for (const raw of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    if (raw.length < 3) continue;
    const word = synonyms[raw] ?? raw;
    const slot = fnv1a(word) % FAKE_DIMENSIONS;
    vector[slot] = (vector[slot] ?? 0) + 1;
  }
  return vector;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
