import { testDrivers } from "@pagewise/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { describeInputIssues } from "../src/input-errors";
import { useFixtureBook } from "./support/fixture-book";

/** The BAD_REQUEST's message as the error formatter words it for clients. */
async function badRequest(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect(error instanceof TRPCError && error.code).toBe("BAD_REQUEST");
  return describeInputIssues(error instanceof TRPCError ? error.cause : undefined)?.message ?? "";
}

describe.each(testDrivers())("rag procedures on %s", (driver) => {
  const book = useFixtureBook(driver);

  it("rag.query answers with citations that deep-link into the docs", async () => {
    const result = await book.caller.rag.query({ question: "  Is the encryption key sent to the relay?  ", k: 3 });
    expect(result.mode).toBe("extractive");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/\[1\]/);
    expect(result.citations.length).toBeLessThanOrEqual(3);
    expect(result.citations[0]).toMatchObject({
      n: 1,
      source: "reference/config.md",
      url: "/docs/reference/configuration#encryption-keys",
    });
  });

  it("rag.query says honestly when the book has no answer", async () => {
    expect(await book.caller.rag.query({ question: "zeppelin hovercraft" })).toEqual({
      answer:
        "The documentation doesn't seem to cover “zeppelin hovercraft”. Nothing in it mentions “zeppelin” or “hovercraft”.",
      citations: [],
      mode: "extractive",
      answered: false,
      questionId: expect.any(String),
    });
    expect(await book.caller.rag.query({ question: "a & | !( ; drop table chunk" })).toMatchObject({ citations: [] });
  });

  it("rag.query logs each of many answers given at once under its own id", async () => {
    const questions = Array.from({ length: 12 }, (_, i) => `Is the encryption key sent to the relay? (${i})`);
    const answers = await Promise.all(questions.map((question) => book.caller.rag.query({ question })));
    const ids = answers.map((answer) => answer.questionId);
    expect(new Set(ids).size).toBe(questions.length);
    const logged = await book.db
      .selectFrom("question_log")
      .select(["id", "question"])
      .where("id", "in", ids.map(String))
      .execute();
    expect(new Map(logged.map((row) => [row.id, row.question]))).toEqual(
      new Map(questions.map((question, i) => [String(ids[i]), question])),
    );
  });

  it("rag.query rejects empty, too long or malformed input with a clear BAD_REQUEST", async () => {
    expect(await badRequest(book.caller.rag.query({ question: "   " }))).toBe(
      "question: Ask a question: it must not be empty.",
    );
    expect(await badRequest(book.caller.rag.query({ question: "x".repeat(1001) }))).toBe(
      "question: Ask a question of at most 1000 characters.",
    );
    expect(await badRequest(book.caller.rag.query({ question: "ok", k: 11 }))).toBe("k: k must be between 1 and 10.");
    expect(await badRequest(book.untypedQuery("rag.query", { question: 42 }))).toBe(
      "question: The question must be text.",
    );
  });

  it("rag.select explains a selection from other passages, leaving out its own", async () => {
    const result = await book.caller.rag.select({
      text: "Notes are encrypted on the device before they leave it.",
      source: "reference/config.md#encryption-keys",
    });
    expect(result.mode).toBe("extractive");
    expect(result.citations.map((citation) => citation.url)).not.toContain(
      "/docs/reference/configuration#encryption-keys",
    );
    expect(await badRequest(book.caller.rag.select({ text: "" }))).toBe(
      "text: Select some text: it must not be empty.",
    );
    expect(await badRequest(book.caller.rag.select({ text: "y".repeat(2001) }))).toBe(
      "text: Select at most 2000 characters.",
    );
  });
});

describe("citations on a book published elsewhere (DOCS_SITE_URL)", () => {
  const [driver = "pglite"] = testDrivers();
  const book = useFixtureBook(driver, { docsSite: { url: "https://docs.example.com/project", route: "/guides" } });
  const question = "Is the encryption key sent to the relay?";

  it("give each source's address on the published site, beside the reader's own link", async () => {
    const { citations } = await book.caller.rag.query({ question });
    expect(citations[0]).toMatchObject({
      url: "/docs/reference/configuration#encryption-keys",
      siteUrl: "https://docs.example.com/project/guides/reference/configuration#encryption-keys",
    });
    expect(citations.every(({ url, siteUrl }) => siteUrl?.endsWith(url.slice("/docs".length)))).toBe(true);
  });

  it("do so in a streamed answer's citations and final event, and for a selection", async () => {
    const events = [];
    for await (const event of await book.caller.rag.ask({ question })) events.push(event);
    const withCitations = events.filter((event) => event.type !== "delta");
    expect(withCitations.map(({ type }) => type)).toEqual(["citations", "done"]);
    for (const event of withCitations) {
      expect(event.citations.length).toBeGreaterThan(0);
      expect(
        event.citations.every(({ siteUrl }) => siteUrl?.startsWith("https://docs.example.com/project/guides/")),
      ).toBe(true);
    }
    const selected = await book.caller.rag.select({ text: "the encryption key" });
    expect(selected.citations.length).toBeGreaterThan(0);
    expect(
      selected.citations.every(({ siteUrl }) => siteUrl?.startsWith("https://docs.example.com/project/guides/")),
    ).toBe(true);
  });
});
