import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AskEvent,
  type AskOptions,
  answerQuestion,
  askQuestion,
  ingestDirectory,
  type RagRuntime,
  type ReaderProfile,
  ragRuntimeFromEnv,
} from "../src";
import { type FakeLlm, type FakeReply, startFakeLlm } from "../src/testing";
import { basicDocs } from "./fixture-tree";

const KEY = "sk-test-secret-key-123456";
const QUESTION = "Is the encryption key sent to the relay?";

async function collect(events: AsyncIterable<AskEvent>): Promise<AskEvent[]> {
  const all: AskEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

describe.each(testDrivers())("answers written by a language model on %s", (driver) => {
  let database: TestDatabase;
  let llm: FakeLlm;
  let nextReply: FakeReply = {};
  const warnings: string[] = [];
  const runtime = (timeoutMs = 2000): RagRuntime => ({
    ...ragRuntimeFromEnv({
      LLM_BASE_URL: llm.baseUrl,
      LLM_API_KEY: KEY,
      LLM_MODEL: "test-model",
      LLM_TIMEOUT_MS: `${timeoutMs}`,
    }),
    logger: { warn: (message, details) => warnings.push(`${message} ${JSON.stringify(details ?? {})}`) },
  });
  const ask = (options: AskOptions = {}) =>
    collect(askQuestion(database.db, QUESTION, { k: 3, runtime: runtime(), ...options }));

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await ingestDirectory(database.db, basicDocs);
    llm = await startFakeLlm(() => nextReply);
  });
  afterAll(async () => {
    await llm?.close();
    await database?.dispose();
  });

  it("streams the model's answer token by token after the citations, and ends with the whole answer", async () => {
    nextReply = { tokens: ["No", ": the key ", "stays on the device", " [1]."], tokenDelayMs: 5 };
    const events = await ask();
    expect(events[0]).toMatchObject({ type: "citations", mode: "llm" });
    expect(events.slice(1, -1)).toEqual([
      { type: "delta", text: "No" },
      { type: "delta", text: ": the key " },
      { type: "delta", text: "stays on the device" },
      { type: "delta", text: " [1]." },
    ]);
    expect(events.at(-1)).toMatchObject({
      type: "done",
      answer: "No: the key stays on the device [1].",
      mode: "llm",
      answered: true,
      citations: [{ n: 1 }],
    });

    const request = llm.requests.at(-1);
    expect(request?.authorization).toBe(`Bearer ${KEY}`);
    expect(request?.body).toMatchObject({ model: "test-model", stream: true });
  });

  it("sends only the retrieved passages, numbered as the citations, and the rules for citing them", async () => {
    nextReply = { tokens: ["ok [1]"] };
    const [first] = await ask();
    const citations = first?.type === "citations" ? first.citations : [];
    const [system, user] = llm.requests.at(-1)?.body.messages ?? [];
    expect(system?.role).toBe("system");
    expect(system?.content).toMatch(/only the numbered passages/);
    expect(system?.content).toMatch(/nothing beyond what they say/);
    expect(system?.content).toMatch(/The documentation doesn't seem to cover this\./);
    const numbered = [...(user?.content ?? "").matchAll(/^\[(\d+)\] .* \((.+)\)$/gm)].map((m) => [Number(m[1]), m[2]]);
    expect(numbered).toEqual(citations.map((citation) => [citation.n, citation.source]));
    expect(user?.content).toMatch(/Question: Is the encryption key sent to the relay\?$/);
    // A page that was not retrieved is not in the prompt.
    expect(user?.content).not.toContain("pairing code");
    expect(system?.content).not.toMatch(/background/i);
  });

  it("adds the reader's background and answer style to the prompt only when given (a consenting reader)", async () => {
    nextReply = { tokens: ["ok [1]"] };
    const reader: ReaderProfile = {
      software: { level: "beginner", languages: ["Python"], notes: "new to sync tools" },
      hardware: null,
      answerStyle: "detailed",
    };
    await ask({ reader });
    const [system] = llm.requests.at(-1)?.body.messages ?? [];
    expect(system?.content).toContain("Software experience: beginner; languages: Python; notes: new to sync tools");
    expect(system?.content).toMatch(/detailed answers/);
    expect(system?.content).not.toMatch(/Hardware experience/);
  });

  it("drops citation markers for passages the model was not given, and renumbers the rest 1…n", async () => {
    nextReply = { tokens: ["It stays local [1] [9]."] };
    const answer = await answerQuestion(database.db, QUESTION, { k: 3, runtime: runtime() });
    expect(answer).toMatchObject({ mode: "llm", answer: "It stays local [1].", answered: true });
    expect(answer.citations.map((citation) => citation.n)).toEqual([1]);
  });

  it("counts a model's reply that cites nothing as not answered", async () => {
    nextReply = { tokens: ["The documentation doesn't seem to cover this."] };
    const answer = await answerQuestion(database.db, QUESTION, { k: 3, runtime: runtime() });
    expect(answer).toMatchObject({ mode: "llm", answered: false, citations: [] });
  });

  it("falls back to the extractive answer, saying why, when the model is silent for longer than its timeout", async () => {
    const extractive = await answerQuestion(database.db, QUESTION, { k: 3 });
    nextReply = { tokens: ["too late"], firstTokenDelayMs: 3000 };
    const started = performance.now();
    const events = await collect(askQuestion(database.db, QUESTION, { k: 3, runtime: runtime(300) }));
    expect(performance.now() - started).toBeLessThan(2500);
    expect(events.map((event) => event.type)).toEqual(["citations", "delta", "done"]);
    expect(events[1]).toEqual({ type: "delta", text: extractive.answer });
    expect(events[2]).toEqual({
      type: "done",
      answer: extractive.answer,
      citations: extractive.citations,
      answered: true,
      mode: "extractive",
      lead: extractive.lead,
      fallbackReason:
        "The language model did not answer within 0.3 s, so this answer is quoted from the documentation instead.",
    });
  });

  it("falls back when the model stalls halfway; `done` then replaces the partial text", async () => {
    const extractive = await answerQuestion(database.db, QUESTION, { k: 3 });
    nextReply = { tokens: ["The key", " never", " leaves"], stallAfter: 2 };
    const events = await collect(askQuestion(database.db, QUESTION, { k: 3, runtime: runtime(300) }));
    expect(events.filter((event) => event.type === "delta")).toEqual([
      { type: "delta", text: "The key" },
      { type: "delta", text: " never" },
    ]);
    expect(events.at(-1)).toMatchObject({ type: "done", answer: extractive.answer, mode: "extractive" });
  });

  it("falls back on an HTTP error, and keeps the API key out of the log even when the server echoes it", async () => {
    warnings.length = 0;
    nextReply = { status: 500, errorBody: `{"error":{"message":"bad key ${KEY}"}}` };
    const answer = await answerQuestion(database.db, QUESTION, { k: 3, runtime: runtime() });
    expect(answer).toMatchObject({
      mode: "extractive",
      fallbackReason: "The language model answered HTTP 500, so this answer is quoted from the documentation instead.",
    });
    expect(answer.answer).toMatch(/\[1\]/);
    expect(warnings.join("\n")).toMatch(/HTTP 500/);
    expect(warnings.join("\n")).not.toContain(KEY);
    expect(JSON.stringify(answer)).not.toContain(KEY);
  });

  it("falls back when nothing listens at LLM_BASE_URL", async () => {
    const closed = await startFakeLlm(() => ({}));
    await closed.close();
    const unreachable = ragRuntimeFromEnv({ LLM_BASE_URL: closed.baseUrl, LLM_API_KEY: KEY, LLM_MODEL: "m" });
    const answer = await answerQuestion(database.db, QUESTION, { k: 3, runtime: unreachable });
    expect(answer).toMatchObject({ mode: "extractive", fallbackReason: expect.stringMatching(/could not be reached/) });
  });

  it("does not call the model when nothing was retrieved", async () => {
    const before = llm.requests.length;
    expect(await answerQuestion(database.db, "zeppelin hovercraft", { runtime: runtime() })).toMatchObject({
      citations: [],
      mode: "extractive",
      answered: false,
    });
    expect(llm.requests.length).toBe(before);
  });

  it("does not call the model when the refusal rule fires, and gives the refusal with the closest sections", async () => {
    const before = llm.requests.length;
    const question = "How do I sync notes to Dropbox with Kubernetes?";
    const events = await collect(askQuestion(database.db, question, { runtime: runtime() }));
    expect(llm.requests.length).toBe(before);
    const done = events.at(-1);
    expect(done).toMatchObject({ type: "done", mode: "extractive", answered: false });
    expect(done?.type === "done" ? done.answer : "").toMatch(
      /^The documentation doesn't seem to cover “How do I sync notes/,
    );
    expect(events[0]).toMatchObject({ type: "citations", mode: "extractive" });
  });
});
