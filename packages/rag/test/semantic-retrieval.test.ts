import { createTestDatabase, type TestDatabase, testDrivers } from "@pagewise/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion, ingestDirectory, type RagRuntime, ragRuntimeFromEnv, searchChunks } from "../src";
import { hasPgvector } from "../src/retrieve/semantic-search";
import { type FakeEmbeddings, startFakeEmbeddings } from "../src/testing";
import { basicDocs } from "./fixture-tree";

describe.each(testDrivers())("the semantic leg (embeddings + rank fusion) on %s", (driver) => {
  let database: TestDatabase;
  let embeddings: FakeEmbeddings;
  let runtime: RagRuntime;
  const warnings: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    // "zeppelin" means "relay" to this model, and to no full-text index.
    embeddings = await startFakeEmbeddings({ zeppelin: "relay", dirigible: "relay" });
    runtime = {
      ...ragRuntimeFromEnv({ EMBEDDINGS_URL: embeddings.url, EMBEDDINGS_MODEL: "hash-64" }),
      logger: { warn: (message) => warnings.push(message) },
    };
  });
  afterAll(async () => {
    await embeddings?.close();
    await database?.dispose();
  });

  it("embeds every chunk at ingest, in batches, and only new chunks on the next run", async () => {
    const first = await ingestDirectory(database.db, basicDocs, { embeddings: runtime.embeddings });
    expect(first.embedded).toBe(first.chunks);
    expect(first.embeddingError).toBeUndefined();
    const { count } = await database.db
      .selectFrom("chunk_embedding")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(first.chunks);
    const again = await ingestDirectory(database.db, basicDocs, { embeddings: runtime.embeddings });
    expect(again).toMatchObject({ chunks: 0, embedded: 0 });
  });

  it("finds a passage by meaning when no word matches, and fuses both rankings when both find it", async () => {
    expect(await searchChunks(database.db, "zeppelin dirigible")).toEqual([]);
    const [top] = await searchChunks(database.db, "zeppelin dirigible", { runtime });
    expect(top).toMatchObject({ match: "semantic" });
    expect(`${top?.body} ${top?.code}`).toMatch(/relay/i);

    const hybrid = await searchChunks(database.db, "Is the encryption key sent to the relay?", { runtime, k: 3 });
    expect(hybrid[0]).toMatchObject({ source: "reference/config.md", anchor: "encryption-keys" });
    expect(hybrid.length).toBeLessThanOrEqual(3);
    const answer = await answerQuestion(database.db, "zeppelin dirigible", { runtime });
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it("refuses a paraphrase by its words alone, and answers it once the model is close enough to a section", async () => {
    // The fake model puts "zeppelin dirigible" at 0.63 from the relay's setup section, and a
    // question about bread no nearer than 0.40 to any section (hashed words collide).
    expect(await answerQuestion(database.db, "zeppelin dirigible", { runtime })).toMatchObject({ answered: false });
    const trusting: RagRuntime = ragRuntimeFromEnv({
      EMBEDDINGS_URL: embeddings.url,
      EMBEDDINGS_MODEL: "hash-64",
      EMBEDDINGS_MIN_SIMILARITY: "0.5",
    });
    const answer = await answerQuestion(database.db, "zeppelin dirigible", { runtime: trusting });
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]).toMatchObject({ source: "guides/syncing.mdx" });
    expect(answer.answer).toMatch(/relay/i);
    expect(await answerQuestion(database.db, "How do I bake sourdough bread?", { runtime: trusting })).toMatchObject({
      answered: false,
    });
    // A question its words answer leads with the same section either way.
    const question = "Is the encryption key sent to the relay?";
    const [byWords, byBoth] = await Promise.all([
      answerQuestion(database.db, question, { runtime }),
      answerQuestion(database.db, question, { runtime: trusting }),
    ]);
    expect(byBoth.citations[0]).toEqual(byWords.citations[0]);
  });

  it("goes on with full-text search alone, saying so in the log, when the endpoint fails", async () => {
    warnings.length = 0;
    embeddings.setFailing(true);
    try {
      const question = "Is the encryption key sent to the relay?";
      expect(await searchChunks(database.db, question, { runtime })).toEqual(await searchChunks(database.db, question));
      expect(warnings.join("\n")).toMatch(/HTTP 503.*Full-text search only/);
    } finally {
      embeddings.setFailing(false);
    }
  });

  it("computes similarity with pgvector where the extension is installed, in plain SQL elsewhere", async () => {
    const { rows } = await sql<{ available: boolean }>`
      select exists (select 1 from pg_available_extensions where name = 'vector') as available
    `.execute(database.db);
    const installed = await hasPgvector(database.db);
    if (!rows[0]?.available) {
      console.warn(`pgvector is not available on ${driver}: similarity is computed in plain SQL there (tested above).`);
      expect(installed).toBe(false);
      return;
    }
    await sql`create extension if not exists vector`.execute(database.db);
    const { rows: distance } = await sql<{ d: number }>`
      select cast(cast(array[1, 0]::real[] as vector) <=> cast(array[0, 1]::real[] as vector) as float8) as d
    `.execute(database.db);
    expect(distance[0]?.d).toBeCloseTo(1);
  });
});
