import { join } from "node:path";
import type { AppRouter } from "@pagewise/api";
import { ingestDirectory } from "@pagewise/rag";
import { createTRPCClient, httpBatchStreamLink } from "@trpc/client";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type TestClient, trpcClientFor, useTestApp } from "../../src/testing";

const fixtureDocs = join(import.meta.dirname, "../../../../packages/rag/test/fixtures/basic-docs");
const METRICS_TOKEN = "assistant feedback metrics token";
const password = "feedback reader password";
const QUESTION = "Is the encryption key sent to the relay?";

const errorBody = z.object({ error: z.object({ message: z.string(), data: z.object({ code: z.string() }) }) });

/** `rag.ask` as the SPA reads it: streamed over httpBatchStreamLink, through one test browser. */
function streamingClientFor(browser: TestClient) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchStreamLink({
        url: new URL("/trpc", browser.baseUrl).toString(),
        fetch: (url, init) => browser.request(String(url), init ?? {}),
      }),
    ],
  });
}

/** A raw tRPC mutation, as a client that does not use the types can send it: status and error. */
async function postFeedback(browser: TestClient, input: unknown) {
  const response = await browser.post("/trpc/rag.feedback", input);
  const body: unknown = await response.json();
  const error = errorBody.safeParse(body);
  return { status: response.status, message: error.success ? error.data.error.message : undefined };
}

describe("readers' feedback on the assistant's answers", () => {
  const app = useTestApp("pglite", { metricsToken: METRICS_TOKEN });
  beforeAll(async () => {
    await ingestDirectory(app.database.db, fixtureDocs);
  });
  const rows = (table: "question_log" | "answer_feedback") => app.database.db.selectFrom(table).selectAll().execute();

  it("records every answer of rag.query and rag.ask, without identity, and hands back its questionId", async () => {
    const reader = app.server.client({ ip: "203.0.113.7" });
    await reader.post("/api/auth/sign-up/email", { name: "Reader", email: "feedback.reader@example.com", password });
    const userId = (await reader.session())?.user.id ?? "missing";

    const answer = await trpcClientFor(reader).rag.query.query({ question: QUESTION });
    expect(answer.questionId).toMatch(/^[0-9a-f-]{36}$/);
    let done: { questionId?: string | undefined } | undefined;
    for await (const event of await streamingClientFor(reader).rag.ask.query({ question: QUESTION })) {
      if (event.type === "done") done = event;
    }
    expect(done?.questionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(done?.questionId).not.toBe(answer.questionId);

    const logged = await rows("question_log");
    expect(logged).toHaveLength(2);
    const row = logged.find((entry) => entry.id === answer.questionId);
    // Exactly these columns: no user id, no address, no session.
    expect(Object.keys(row ?? {}).sort()).toEqual([
      "answered",
      "asked_at",
      "cited_sources",
      "id",
      "mode",
      "question",
      "version",
      "visitor_key",
    ]);
    // The version asked of: the book's one version, as none was named.
    expect(row).toMatchObject({ question: QUESTION, answered: true, mode: "extractive", version: "current" });
    expect(row?.cited_sources).toEqual(answer.citations.map((citation) => citation.url.replace("/docs/", "")));
    expect(row?.cited_sources).toContain("reference/configuration#encryption-keys");
    expect(row?.visitor_key).toMatch(/^[\w-]{32}$/);
    // The same visitor (address and browser) has the same key on the same day.
    expect(new Set(logged.map((entry) => entry.visitor_key)).size).toBe(1);
    const stored = JSON.stringify(logged);
    expect(stored).not.toContain("203.0.113.7");
    expect(stored).not.toContain(userId);
  });

  it("takes an anonymous vote, and a second vote from the same visitor replaces the first", async () => {
    const visitor = app.server.client({ ip: "198.51.100.20" });
    const api = trpcClientFor(visitor);
    const { questionId } = await api.rag.query.query({ question: "How do I rotate the encryption key?" });
    if (questionId === undefined) throw new Error("the answer was not logged");

    expect(await api.rag.feedback.mutate({ questionId, vote: "up" })).toEqual({
      questionId,
      vote: "up",
      comment: null,
    });
    expect(
      await api.rag.feedback.mutate({ questionId, vote: "down", comment: "  It does not say how often.  " }),
    ).toEqual({ questionId, vote: "down", comment: "It does not say how often." });

    const votes = (await rows("answer_feedback")).filter((vote) => vote.question_log_id === questionId);
    expect(votes).toHaveLength(1);
    expect(Object.keys(votes[0] ?? {}).sort()).toEqual([
      "comment",
      "created_at",
      "id",
      "question_log_id",
      "visitor_key",
      "vote",
    ]);
    expect(votes[0]).toMatchObject({ vote: -1, comment: "It does not say how often." });
    expect(JSON.stringify(votes)).not.toContain("198.51.100.20");

    // Another visitor's vote on the same answer is a vote of its own.
    await trpcClientFor(app.server.client({ ip: "198.51.100.21" })).rag.feedback.mutate({ questionId, vote: "up" });
    const both = (await rows("answer_feedback")).filter((vote) => vote.question_log_id === questionId);
    expect(both.map((vote) => vote.vote).sort()).toEqual([-1, 1]);
  });

  it("takes a signed-in reader's vote without their user id", async () => {
    const reader = app.server.client({ ip: "192.0.2.44" });
    await reader.post("/api/auth/sign-up/email", { name: "Voter", email: "voter@example.com", password });
    const userId = (await reader.session())?.user.id ?? "missing";
    const api = trpcClientFor(reader);
    const { questionId } = await api.rag.query.query({ question: QUESTION });
    if (questionId === undefined) throw new Error("the answer was not logged");
    await api.rag.feedback.mutate({ questionId, vote: "up", comment: "Clear, thanks." });

    const votes = (await rows("answer_feedback")).filter((vote) => vote.question_log_id === questionId);
    expect(votes).toMatchObject([{ vote: 1, comment: "Clear, thanks." }]);
    const everything = JSON.stringify([await rows("question_log"), await rows("answer_feedback")]);
    expect(everything).not.toContain(userId);
    expect(everything).not.toContain("192.0.2.44");
    expect(everything).not.toContain("voter@example.com");
  });

  it("refuses long comments, control characters, bad votes and unknown answers", async () => {
    const visitor = app.server.client();
    const { questionId } = await trpcClientFor(visitor).rag.query.query({ question: QUESTION });
    expect(await postFeedback(visitor, { questionId, vote: "down", comment: "x".repeat(501) })).toEqual({
      status: 400,
      message: "comment: Write a comment of at most 500 characters.",
    });
    expect(await postFeedback(visitor, { questionId, vote: "down", comment: "bad\u0000byte" })).toEqual({
      status: 400,
      message: "comment: must not contain control characters",
    });
    expect((await postFeedback(visitor, { questionId, vote: "sideways" })).status).toBe(400);
    expect((await postFeedback(visitor, { questionId: "not-an-id", vote: "up" })).status).toBe(400);
    expect(
      await postFeedback(visitor, { questionId: "00000000-0000-4000-8000-000000000000", vote: "up" }),
    ).toMatchObject({ status: 404 });
    expect((await postFeedback(visitor, { questionId, vote: "down", comment: "x".repeat(500) })).status).toBe(200);
  });

  it("counts answers and votes in /metrics", async () => {
    const response = await app.server
      .client()
      .get("/metrics", { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    const text = await response.text();
    const value = (series: string) => Number(text.match(new RegExp(`^${series} (\\d+)$`, "m"))?.[1] ?? "0");
    const answered = 'pagewise_assistant_answers_total{mode="extractive",outcome="answered"}';
    expect(value(answered)).toBe((await rows("question_log")).length);
    expect(value('pagewise_assistant_feedback_total{vote="up"}')).toBe(3);
    expect(value('pagewise_assistant_feedback_total{vote="down"}')).toBe(2);
    expect(text).toContain("# TYPE pagewise_assistant_answers_total counter");
  });

  it("still answers when the question cannot be recorded, without a questionId", async () => {
    await app.database.db.schema.alterTable("question_log").renameTo("question_log_away").execute();
    try {
      const answer = await trpcClientFor(app.server.client()).rag.query.query({ question: QUESTION });
      expect(answer.citations.length).toBeGreaterThan(0);
      expect(answer.questionId).toBeUndefined();
    } finally {
      await app.database.db.schema.alterTable("question_log_away").renameTo("question_log").execute();
    }
  });
});
