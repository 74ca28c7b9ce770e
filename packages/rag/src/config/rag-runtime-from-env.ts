import { z } from "zod";
import {
  DEFAULT_EMBEDDINGS_TIMEOUT_MS,
  DEFAULT_LLM_TIMEOUT_MS,
  type EmbeddingsConfig,
  type LlmConfig,
  type RagLogger,
  type RagRuntime,
} from "./rag-runtime";
import { Secret } from "./secret";

/** A bad or incomplete RAG setting. The message names the variable and says how to fix it, and never holds a key. */
export class RagConfigError extends Error {
  override readonly name = "RagConfigError";

  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

const LLM_VARIABLES = ["LLM_BASE_URL", "LLM_API_KEY", "LLM_MODEL"] as const;

/** Every variable the RAG runtime reads: `.env.example` and the docs list each one (a test checks). */
export const RAG_VARIABLES = [
  ...LLM_VARIABLES,
  "LLM_TIMEOUT_MS",
  "EMBEDDINGS_URL",
  "EMBEDDINGS_MODEL",
  "EMBEDDINGS_API_KEY",
  "EMBEDDINGS_TIMEOUT_MS",
  "EMBEDDINGS_MIN_SIMILARITY",
] as const;
type RagVariable = (typeof RAG_VARIABLES)[number];

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. https://api.openai.com/v1" });
const timeoutMs = z.coerce
  .number({ error: "must be a number of milliseconds" })
  .int("must be a whole number of milliseconds")
  .min(100, "must be at least 100 (milliseconds)")
  .max(600_000, "must be at most 600000 (10 minutes)");
const similarity = z.coerce
  .number({ error: "must be a number between 0 and 1, e.g. 0.45" })
  .gt(0, "must be above 0 (a cosine similarity, e.g. 0.45)")
  .lt(1, "must be below 1 (a cosine similarity, e.g. 0.45)");
const name = z.string().trim().min(1).max(200, "must be at most 200 characters");

/**
 * The RAG runtime the environment describes (pure: pass `process.env`, or any
 * record in tests). Empty values count as unset. The three LLM variables go
 * together: setting some but not all is an error rather than a silently
 * extractive assistant. Throws RagConfigError naming the first bad variable.
 */
export function ragRuntimeFromEnv(env: Record<string, string | undefined>, logger?: RagLogger): RagRuntime {
  const value = (variable: RagVariable): string | undefined => {
    const raw = env[variable]?.trim();
    return raw === undefined || raw === "" ? undefined : raw;
  };
  return { llm: llmFromEnv(value), embeddings: embeddingsFromEnv(value), logger };
}

function llmFromEnv(value: (variable: RagVariable) => string | undefined): LlmConfig | undefined {
  const given = LLM_VARIABLES.filter((variable) => value(variable) !== undefined);
  if (given.length === 0) {
    if (value("LLM_TIMEOUT_MS") !== undefined) parse("LLM_TIMEOUT_MS", timeoutMs, value("LLM_TIMEOUT_MS"));
    return undefined;
  }
  const missing = LLM_VARIABLES.find((variable) => value(variable) === undefined);
  if (missing !== undefined) {
    throw new RagConfigError(
      missing,
      `is not set, but ${given.join(" and ")} ${given.length === 1 ? "is" : "are"}. Set all of LLM_BASE_URL, LLM_API_KEY and LLM_MODEL to generate answers with a language model, or none for extractive answers.`,
    );
  }
  return {
    baseUrl: parse("LLM_BASE_URL", httpUrl, value("LLM_BASE_URL")).replace(/\/+$/, ""),
    apiKey: new Secret(parse("LLM_API_KEY", name, value("LLM_API_KEY"))),
    model: parse("LLM_MODEL", name, value("LLM_MODEL")),
    timeoutMs:
      value("LLM_TIMEOUT_MS") === undefined
        ? DEFAULT_LLM_TIMEOUT_MS
        : parse("LLM_TIMEOUT_MS", timeoutMs, value("LLM_TIMEOUT_MS")),
  };
}

function embeddingsFromEnv(value: (variable: RagVariable) => string | undefined): EmbeddingsConfig | undefined {
  const url = value("EMBEDDINGS_URL");
  if (url === undefined) {
    const stray = (["EMBEDDINGS_MODEL", "EMBEDDINGS_API_KEY", "EMBEDDINGS_MIN_SIMILARITY"] as const).find(
      (variable) => value(variable) !== undefined,
    );
    if (stray !== undefined) {
      throw new RagConfigError(
        "EMBEDDINGS_URL",
        `is not set, but ${stray} is. Set EMBEDDINGS_URL to the endpoint (…/v1/embeddings) or unset ${stray}.`,
      );
    }
    return undefined;
  }
  const model = value("EMBEDDINGS_MODEL");
  if (model === undefined) {
    throw new RagConfigError(
      "EMBEDDINGS_MODEL",
      "is not set: name the embedding model EMBEDDINGS_URL serves, e.g. text-embedding-3-small.",
    );
  }
  const apiKey = value("EMBEDDINGS_API_KEY");
  return {
    url: parse("EMBEDDINGS_URL", httpUrl, url),
    apiKey: apiKey === undefined ? undefined : new Secret(parse("EMBEDDINGS_API_KEY", name, apiKey)),
    model: parse("EMBEDDINGS_MODEL", name, model),
    timeoutMs:
      value("EMBEDDINGS_TIMEOUT_MS") === undefined
        ? DEFAULT_EMBEDDINGS_TIMEOUT_MS
        : parse("EMBEDDINGS_TIMEOUT_MS", timeoutMs, value("EMBEDDINGS_TIMEOUT_MS")),
    minSimilarity:
      value("EMBEDDINGS_MIN_SIMILARITY") === undefined
        ? undefined
        : parse("EMBEDDINGS_MIN_SIMILARITY", similarity, value("EMBEDDINGS_MIN_SIMILARITY")),
  };
}

/** Parses one variable; the error carries zod's message for it, never the value (it may be a key). */
function parse<T>(variable: RagVariable, schema: z.ZodType<T>, raw: string | undefined): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new RagConfigError(variable, result.error.issues[0]?.message ?? "is not valid");
}
