import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { RagConfigError, ragRuntimeFromEnv } from "../src";

const KEY = "sk-test-0123456789abcdef";
const llmEnv = { LLM_BASE_URL: "http://127.0.0.1:9/v1/", LLM_API_KEY: KEY, LLM_MODEL: "tiny" };

function configError(env: Record<string, string>): RagConfigError {
  try {
    ragRuntimeFromEnv(env);
  } catch (error) {
    if (error instanceof RagConfigError) return error;
    throw error;
  }
  throw new Error("expected a RagConfigError");
}

describe("ragRuntimeFromEnv", () => {
  it("is empty (extractive, full-text only) when nothing is set, and treats empty values as unset", () => {
    expect(ragRuntimeFromEnv({})).toEqual({ llm: undefined, embeddings: undefined, logger: undefined });
    expect(ragRuntimeFromEnv({ LLM_BASE_URL: " ", EMBEDDINGS_URL: "" }).llm).toBeUndefined();
  });

  it("reads the LLM settings, with a 20 s default timeout and the base URL's trailing slash dropped", () => {
    const { llm } = ragRuntimeFromEnv(llmEnv);
    expect(llm).toMatchObject({ baseUrl: "http://127.0.0.1:9/v1", model: "tiny", timeoutMs: 20_000 });
    expect(llm?.apiKey.reveal()).toBe(KEY);
    expect(ragRuntimeFromEnv({ ...llmEnv, LLM_TIMEOUT_MS: "1500" }).llm?.timeoutMs).toBe(1500);
  });

  it("reads the similarity at which the embeddings model's finds count as covering a question", () => {
    const embeddingsEnv = { EMBEDDINGS_URL: "http://127.0.0.1:9/v1/embeddings", EMBEDDINGS_MODEL: "e" };
    expect(ragRuntimeFromEnv(embeddingsEnv).embeddings?.minSimilarity).toBeUndefined();
    expect(ragRuntimeFromEnv({ ...embeddingsEnv, EMBEDDINGS_MIN_SIMILARITY: " 0.45 " }).embeddings?.minSimilarity).toBe(
      0.45,
    );
  });

  it("never shows the API key when the runtime is logged, serialised or interpolated", () => {
    const runtime = ragRuntimeFromEnv({
      ...llmEnv,
      EMBEDDINGS_URL: "http://127.0.0.1:9/v1/embeddings",
      EMBEDDINGS_MODEL: "e",
      EMBEDDINGS_API_KEY: KEY,
    });
    expect(JSON.stringify(runtime)).not.toContain(KEY);
    expect(inspect(runtime, { depth: 10 })).not.toContain(KEY);
    expect(`${runtime.llm?.apiKey}`).toBe("[redacted]");
  });

  it("names the variable that is missing or wrong, without echoing its value", () => {
    expect(configError({ LLM_BASE_URL: "http://x/v1", LLM_MODEL: "m" }).variable).toBe("LLM_API_KEY");
    expect(configError({ LLM_API_KEY: KEY }).message).toMatch(/^LLM_BASE_URL: is not set, but LLM_API_KEY is/);
    expect(configError({ ...llmEnv, LLM_BASE_URL: "ftp://x" }).variable).toBe("LLM_BASE_URL");
    expect(configError({ ...llmEnv, LLM_TIMEOUT_MS: "soon" }).message).toMatch(/^LLM_TIMEOUT_MS: must be a number/);
    expect(configError({ ...llmEnv, LLM_TIMEOUT_MS: "5" }).variable).toBe("LLM_TIMEOUT_MS");
    expect(configError({ EMBEDDINGS_URL: "http://x/v1/embeddings" }).variable).toBe("EMBEDDINGS_MODEL");
    expect(configError({ EMBEDDINGS_MODEL: "m" }).variable).toBe("EMBEDDINGS_URL");
    expect(configError({ EMBEDDINGS_MIN_SIMILARITY: "0.5" }).message).toMatch(
      /^EMBEDDINGS_URL: is not set, but EMBEDDINGS_MIN_SIMILARITY is/,
    );
    const embeddingsEnv = { EMBEDDINGS_URL: "http://x/v1/embeddings", EMBEDDINGS_MODEL: "m" };
    for (const wrong of ["high", "0", "1", "-0.2", "45"]) {
      expect(configError({ ...embeddingsEnv, EMBEDDINGS_MIN_SIMILARITY: wrong }).message).toMatch(
        /^EMBEDDINGS_MIN_SIMILARITY: must be (a number between 0 and 1|above 0|below 1)/,
      );
    }
    const bad = configError({ ...llmEnv, LLM_API_KEY: KEY.repeat(20) });
    expect(bad.variable).toBe("LLM_API_KEY");
    expect(bad.message).not.toContain(KEY);
  });
});
