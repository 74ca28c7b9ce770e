import { startFakeLlm } from "@pagewise/rag/testing";
import { expect, it } from "vitest";
import { startServerProcess, TestClient } from "../../src/testing";

it("answers through the configured LLM, from the retrieved passages, and never logs the API key", async () => {
  const apiKey = "sk-test-never-logged-0123456789";
  const llm = await startFakeLlm(() => ({ tokens: ["Set ", "SMTP_URL ", "[1]."] }));
  const server = await startServerProcess({
    DATABASE_URL: "pglite:memory",
    LLM_BASE_URL: llm.baseUrl,
    LLM_API_KEY: apiKey,
    LLM_MODEL: "fake-model",
  });
  try {
    const response = await new TestClient(server.url).post("/api/v1/query", { question: "How do I configure SMTP?" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ answer: "Set SMTP_URL [1].", mode: "llm" });
    expect(llm.requests[0]?.authorization).toBe(`Bearer ${apiKey}`);
    // The prompt carries the retrieved passages: the model answers from the book only.
    expect(JSON.stringify(llm.requests[0]?.body.messages)).toContain("SMTP_URL");
    expect(server.output()).toContain("Answers are written by fake-model");
    expect(server.output()).not.toContain(apiKey);
  } finally {
    await server.stop();
    await llm.close();
  }
});

it("refuses to start with half an LLM configuration, naming the missing variable", async () => {
  await expect(
    startServerProcess({ DATABASE_URL: "pglite:memory", LLM_BASE_URL: "http://127.0.0.1:9/v1" }),
  ).rejects.toThrow(/LLM_API_KEY: is not set/);
});

it("answers 504 when a request outlives REQUEST_TIMEOUT_MS, and keeps serving", async () => {
  const llm = await startFakeLlm(() => ({ tokens: ["late"], firstTokenDelayMs: 5_000 }));
  const server = await startServerProcess({
    DATABASE_URL: "pglite:memory",
    LLM_BASE_URL: llm.baseUrl,
    LLM_API_KEY: "sk-test",
    LLM_MODEL: "slow-model",
    LLM_TIMEOUT_MS: "20000",
    REQUEST_TIMEOUT_MS: "1000",
  });
  try {
    const client = new TestClient(server.url);
    const started = Date.now();
    const response = await client.post("/api/v1/query", { question: "How do I configure SMTP?" });
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ error: { code: "TIMEOUT" } });
    expect(Date.now() - started).toBeLessThan(4_000);
    expect((await client.get("/healthz")).status).toBe(200);
  } finally {
    await server.stop();
    await llm.close();
  }
});
