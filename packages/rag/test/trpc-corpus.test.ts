import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion, type IngestSummary, ingestDirectory, readDocument, searchChunks } from "../src";
import { locateTrpcCorpus } from "../src/eval/locate-corpus";

// The retrieval eval on this book is in book-retrieval-eval.test.ts.
// A real Docusaurus tree nobody here wrote, read in place beside the repository (never copied into it).
const corpus = locateTrpcCorpus(import.meta.dirname);
if (corpus.dir === undefined) {
  if (process.env.CI === "true") throw new Error(`CI needs the corpus: ${corpus.reason}.`);
  console.warn(`Skipping the tRPC corpus tests: ${corpus.reason}.`);
}

// A full-corpus ingest takes seconds when idle; a loaded CI machine shared by other jobs needs far longer.
const CORPUS_INGEST_TIMEOUT = 180_000;

describe.skipIf(corpus.dir === undefined).each(testDrivers())("the tRPC docs corpus on %s", (driver) => {
  let database: TestDatabase;
  let first: IngestSummary;
  const dir = corpus.dir ?? "";
  // One ingest per driver, shared by every test below (they only read).
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    first = await ingestDirectory(database.db, dir);
  }, CORPUS_INGEST_TIMEOUT);
  afterAll(() => database?.dispose());

  it("ingests every page, and a second run changes nothing", { timeout: CORPUS_INGEST_TIMEOUT }, async () => {
    expect(first.skipped).toEqual([]);
    expect(first.added).toBeGreaterThanOrEqual(80);
    expect(first.chunks).toBeGreaterThan(first.added * 3);
    const second = await ingestDirectory(database.db, dir);
    expect(second).toMatchObject({ added: 0, updated: 0, removed: 0, unchanged: first.added, chunks: 0 });
  });

  it("keeps MDX out of the stored pages and honours explicit heading ids", async () => {
    const page = await readDocument(database.db, "server/adapters/fetch");
    expect(page?.html).toContain("This adapter lets you convert your tRPC router into a");
    expect(page?.html).not.toMatch(/^import |<TabItem|<\/Tabs>|TabItem/m);
    expect(page?.html).toContain('role="tablist"');
    const batching = await readDocument(database.db, "client/links/httpBatchLink");
    expect(batching?.toc).toContainEqual({ depth: 2, text: "httpBatchLink Options", id: "options" });
    expect(batching?.html).toContain('<h2 id="options">');
  });

  it("answers a question with a deep link into the right page", async () => {
    const result = await answerQuestion(database.db, "How do I limit the number of operations sent in one batch?");
    expect(result.citations[0]?.url).toMatch(/^\/docs\/client\/links\/httpBatchLink#/);
    expect(result.answer).toMatch(/\[1\]/);
    expect(await searchChunks(database.db, "@trpc/server")).not.toEqual([]);
  });
});
