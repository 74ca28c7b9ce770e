/**
 * `npm run bench:rag`: retrieval latency (searchChunks, k = 5) on synthetic
 * corpora of 1k, 10k and 100k chunks, on PGlite and, when TEST_DATABASE_URL or
 * BENCH_DATABASE_URL names a Postgres server, on a scratch database there
 * (created and dropped). Each size reports the time and memory to build the
 * in-memory index, then latency measured against a `select 1` round trip
 * on the same connection, so the figures can be compared across machines.
 * BENCH_SIZES=1000,10000 picks other sizes, BENCH_ENGINES=postgres (or pglite)
 * one engine. Not part of `npm test`.
 */
import { cpus } from "node:os";
import { createDatabase, migrateToLatest, type PagewiseDatabase } from "@pagewise/db";
import { sql } from "kysely";
import { type Latency, measure } from "../bench/latency";
import { addSyntheticDocuments, CHUNKS_PER_DOCUMENT, syntheticQuestions } from "../bench/synthetic-corpus";
import { vocabulary } from "../bench/vocabulary";
import type { ChunkIndex } from "../retrieve/chunk-index/chunk-index";
import { loadChunkIndex } from "../retrieve/chunk-index/load-chunk-index";
import { searchChunks } from "../retrieve/search-chunks";

const ENGINES = (process.env.BENCH_ENGINES ?? "pglite,postgres").toLowerCase().split(",");
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const QUESTIONS = 200;
const words = vocabulary(20_000);
const questions = syntheticQuestions(words, QUESTIONS);

async function benchEngine(label: string, database: PagewiseDatabase): Promise<void> {
  await migrateToLatest(database.db);
  const heapBefore = heapBytes();
  let documents = 0;
  for (const size of SIZES) {
    const target = Math.ceil(size / CHUNKS_PER_DOCUMENT);
    const loadStarted = performance.now();
    if (target > documents) await addSyntheticDocuments(database.db, words, documents + 1, target);
    documents = Math.max(documents, target);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const indexStarted = performance.now();
    const index = await loadChunkIndex(database.db);
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    const indexMegabytes = (heapBytes() - heapBefore + typedArrayBytes(index)) / 1e6;
    const baseline = await measure(questions, () => sql`select 1`.execute(database.db));
    const search = await measure(questions, (question) => searchChunks(database.db, question, { k: 5 }));
    const common = await measure(questions.slice(0, 50), () =>
      searchChunks(database.db, "how do I use the server with the client", { k: 5 }),
    );
    console.log(
      [
        label.padEnd(9),
        `${String(documents * CHUNKS_PER_DOCUMENT).padStart(7)} chunks`,
        `load ${loadSeconds.toFixed(1).padStart(6)} s`,
        `index ${indexSeconds.toFixed(1)} s, ${indexMegabytes.toFixed(0)} MB`,
        `select 1 ${format(baseline)}`,
        `searchChunks ${format(search)} (×${(search.p50 / baseline.p50).toFixed(0)} of select 1)`,
        `common-words question ${format(common)}`,
      ].join(" | "),
    );
  }
}

/**
 * JavaScript heap in use, after a full collection when the benchmark runs
 * with --expose-gc (as `npm run bench:rag` does). The index's size is the
 * heap's growth since before the first one was built (each size's index
 * replaces the previous one, whose memory is then freed) plus its typed
 * arrays, counted directly: process-wide array-buffer memory would include
 * PGlite's own WebAssembly heap, which grows with the data it holds.
 */
function heapBytes(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

function typedArrayBytes(index: ChunkIndex): number {
  let bytes = index.fieldLengths.byteLength;
  for (const posting of index.postings.values()) bytes += posting.chunks.byteLength + posting.counts.byteLength;
  return bytes;
}

function format({ p50, p99 }: Latency): string {
  return `p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`;
}

async function main(): Promise<void> {
  console.log(
    `Retrieval benchmark: ${QUESTIONS} questions per size, k = 5; Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"})`,
  );
  if (ENGINES.includes("pglite")) {
    const pglite = await createDatabase("pglite:memory");
    try {
      await benchEngine("PGlite", pglite);
    } finally {
      await pglite.close();
    }
  }
  if (!ENGINES.includes("postgres")) return;

  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    console.log("Postgres: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to a server to measure it too).");
    return;
  }
  const admin = await createDatabase(serverUrl, { maxConnections: 1 });
  const name = `pagewise_bench_${Date.now().toString(36)}`;
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const postgres = await createDatabase(url.toString(), { driver: "pg", maxConnections: 2 });
  try {
    await benchEngine("Postgres", postgres);
  } finally {
    await postgres.close();
    await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
    await admin.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
