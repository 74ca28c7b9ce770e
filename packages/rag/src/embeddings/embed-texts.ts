import { z } from "zod";
import type { EmbeddingsConfig } from "../config/rag-runtime";
import { redact } from "../config/secret";

export class EmbeddingsUnavailableError extends Error {
  override readonly name = "EmbeddingsUnavailableError";
}

const embeddingsResponse = z.object({
  data: z.array(z.object({ index: z.number().int().nonnegative(), embedding: z.array(z.number()) })),
});

/**
 * Vectors for texts from an OpenAI-compatible `POST /embeddings`, in the texts'
 * order and scaled to unit length (so cosine similarity is a dot product, in
 * pgvector and in plain SQL alike). Throws EmbeddingsUnavailableError, with the
 * API key stripped from anything the server sent back.
 */
export async function embedTexts(config: EmbeddingsConfig, texts: string[]): Promise<number[][]> {
  if (texts.length === 0) return [];
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (config.apiKey !== undefined) headers.authorization = `Bearer ${config.apiKey.reveal()}`;
  let response: Response;
  try {
    response = await fetch(config.url, {
      method: "POST",
      headers,
      body: JSON.stringify({ model: config.model, input: texts }),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (error) {
    const reason =
      error instanceof Error && error.name === "TimeoutError"
        ? `no answer within ${config.timeoutMs} ms`
        : redact(error instanceof Error ? error.message : String(error), config.apiKey);
    throw new EmbeddingsUnavailableError(`The embeddings endpoint failed: ${reason}`);
  }
  const body = await response.text().catch(() => "");
  if (!response.ok) {
    throw new EmbeddingsUnavailableError(
      `The embeddings endpoint answered HTTP ${response.status}: ${redact(body.slice(0, 200), config.apiKey)}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new EmbeddingsUnavailableError("The embeddings endpoint did not answer with JSON.");
  }
  const parsed = embeddingsResponse.safeParse(json);
  if (!parsed.success)
    throw new EmbeddingsUnavailableError("The embeddings endpoint's answer has no data[].embedding.");
  const vectors: number[][] = [];
  for (const item of parsed.data.data) vectors[item.index] = normalise(item.embedding);
  if (vectors.length !== texts.length || texts.some((_, index) => vectors[index] === undefined)) {
    throw new EmbeddingsUnavailableError(
      `The embeddings endpoint returned ${parsed.data.data.length} vectors for ${texts.length} texts.`,
    );
  }
  return vectors;
}

function normalise(vector: number[]): number[] {
  const length = Math.hypot(...vector);
  return length === 0 ? vector : vector.map((value) => value / length);
}
