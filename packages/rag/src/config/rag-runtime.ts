import type { Secret } from "./secret";

/** An OpenAI-compatible chat-completions endpoint that writes answers from the retrieved passages. */
export interface LlmConfig {
  /** Base URL up to and including the version, e.g. `https://api.openai.com/v1`; `/chat/completions` is appended. */
  baseUrl: string;
  apiKey: Secret;
  model: string;
  /** How long the model may stay silent (before its first token, or between two) before the extractive answer is used. */
  timeoutMs: number;
}

/** An OpenAI-compatible `POST /embeddings` endpoint for the semantic leg of retrieval. */
export interface EmbeddingsConfig {
  /** The full endpoint URL, e.g. `https://api.openai.com/v1/embeddings`. */
  url: string;
  /** Optional: local embedding servers often need none. */
  apiKey: Secret | undefined;
  model: string;
  /** How long one embeddings request may take before retrieval goes on with full-text search alone. */
  timeoutMs: number;
  /**
   * The cosine similarity at which a section the model finds counts as
   * covering the question, whatever words it shares with it (see
   * section-answer.ts). Each model has its own scale, so there is no default:
   * unset, refusal reads the words alone. `npm run eval:book` suggests a value.
   */
  minSimilarity?: number | undefined;
}

/** Where RAG reports what it could not do (a model that timed out, a missing extension); never given a secret. */
export interface RagLogger {
  warn(message: string, details?: Record<string, unknown>): void;
}

/**
 * What the assistant may use beyond the database. Everything is optional:
 * without an LLM answers are extractive, without embeddings retrieval is
 * full-text search alone. Built once at start-up (see ragRuntimeFromEnv) and
 * passed in explicitly, so nothing deep inside reads the environment.
 */
export interface RagRuntime {
  llm?: LlmConfig | undefined;
  embeddings?: EmbeddingsConfig | undefined;
  logger?: RagLogger | undefined;
}

export const DEFAULT_LLM_TIMEOUT_MS = 20_000;
export const DEFAULT_EMBEDDINGS_TIMEOUT_MS = 5_000;
