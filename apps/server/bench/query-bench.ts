/**
 * `npm run bench` (second part): questions per second on the tRPC book behind
 * `POST /api/v1/query`, against an in-memory MiniSearch peer over the same
 * chunks (bench/minisearch-peer.ts), same questions, same connections, one
 * run, printed as a ratio. On PGlite and, when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL names a Postgres server, on a scratch database there
 * (created and dropped). Not a test: it prints figures, it asserts nothing.
 *
 *   BENCH_SECONDS (default 10, per target), BENCH_ROUNDS (default 5),
 *   BENCH_WARMUP_SECONDS (default 3), BENCH_QUERY_CONNECTIONS (default 16),
 *   BENCH_ENGINES=pglite,postgres (default both).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createDatabase } from "@pagewise/db";
import { evalBooks, type FoundCorpus, locateTrpcCorpus } from "@pagewise/rag/eval";
import autocannon from "autocannon";
import { sql } from "kysely";
import { startServerProcess } from "../src/testing";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const ROUNDS = Math.max(1, Math.floor(Number(process.env.BENCH_ROUNDS ?? 5)));
const CONNECTIONS = Number(process.env.BENCH_QUERY_CONNECTIONS ?? 16);
const ENGINES = (process.env.BENCH_ENGINES ?? "pglite,postgres").toLowerCase().split(",");
const TARGETS: Record<string, number> = { PGlite: 0.3, Postgres: 0.6 };
const PEER = fileURLToPath(new URL("./minisearch-peer.ts", import.meta.url));

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/**
 * Every connection walks the questions in turn, so each target answers the
 * same mix. Each target first gets the same unmeasured warm-up, so neither is
 * timed while its JIT compiles or its caches fill. Then the two take turns,
 * ROUNDS slices of SECONDS / ROUNDS each: on a shared machine whose speed
 * drifts, both see the same conditions, and the per-round ratios show how
 * much a single slice can be trusted.
 */
async function compare(oursUrl: string, peerUrl: string, questions: string[]): Promise<Comparison> {
  if (WARMUP_SECONDS > 0) {
    await load(oursUrl, questions, WARMUP_SECONDS);
    await load(peerUrl, questions, WARMUP_SECONDS);
  }
  const ours: autocannon.Result[] = [];
  const peer: autocannon.Result[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(await load(oursUrl, questions, SECONDS / ROUNDS));
    peer.push(await load(peerUrl, questions, SECONDS / ROUNDS));
  }
  return {
    ours: figuresOf(ours),
    peer: figuresOf(peer),
    roundRatios: ours.map((result, round) => result.requests.average / (peer[round]?.requests.average ?? Number.NaN)),
  };
}

interface Comparison {
  ours: Figures;
  peer: Figures;
  roundRatios: number[];
}

/** Requests per second over all slices; the median slice's p50 and the worst slice's p99. */
function figuresOf(results: autocannon.Result[]): Figures {
  const requests = results.reduce((sum, result) => sum + result.requests.total, 0);
  const seconds = results.reduce((sum, result) => sum + result.duration, 0);
  const p50s = results.map((result) => result.latency.p50).sort((a, b) => a - b);
  return {
    requestsPerSecond: requests / seconds,
    p50: p50s[Math.floor(p50s.length / 2)] ?? 0,
    p99: Math.max(...results.map((result) => result.latency.p99)),
    errors: results.reduce((sum, result) => sum + result.non2xx + result.errors + result.timeouts, 0),
  };
}

function load(url: string, questions: string[], seconds: number): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [
      {
        setupRequest: (request) => {
          const question = questions[next++ % questions.length];
          return { ...request, body: JSON.stringify({ question }) };
        },
      },
    ],
  });
}

function startPeer(docsDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", PEER, docsDir], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /peer listening on (\S+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], child });
    });
    child.once("exit", (code) => reject(new Error(`the MiniSearch peer exited with ${code}:\n${output}`)));
  });
}

/** A scratch database on the Postgres server, dropped again by `drop()`. */
async function scratchPostgres(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = await createDatabase(serverUrl, { maxConnections: 1 });
  const name = `pagewise_query_bench_${Date.now().toString(36)}`;
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
      await admin.close();
    },
  };
}

async function benchEngine(engine: string, databaseUrl: string, corpus: FoundCorpus, peerUrl: string): Promise<void> {
  const docsDir = corpus.dir;
  const questions =
    evalBooks
      .find((book) => book.name.startsWith("tRPC"))
      ?.questions(corpus)
      .map((q) => q.question) ?? [];
  const server = await startServerProcess({
    DATABASE_URL: databaseUrl,
    DOCS_DIR: docsDir,
    RAG_RATE_LIMIT_PER_MINUTE: "1000000",
    NODE_ENV: "production",
    BETTER_AUTH_SECRET: "bench-secret-0123456789-abcdefghijklmnopqrstuvwxyz",
  });
  try {
    const { ours, peer, roundRatios } = await compare(`${server.url}/api/v1/query`, `${peerUrl}/query`, questions);
    const ratio = ours.requestsPerSecond / peer.requestsPerSecond;
    const row = (name: string, f: Figures) =>
      `${name.padEnd(44)} ${f.requestsPerSecond.toFixed(0).padEnd(8)} ${String(f.p50).padEnd(7)} ${String(f.p99).padEnd(7)} ${f.errors}`;
    console.log(
      `\n${engine}: ${questions.length} questions, ${CONNECTIONS} connections, ${SECONDS} s each in ${ROUNDS} alternating rounds`,
    );
    console.log(`${"target".padEnd(44)} ${"req/s".padEnd(8)} ${"p50 ms".padEnd(7)} ${"p99 ms".padEnd(7)} errors`);
    console.log(row(`Pagewise POST /api/v1/query (${engine})`, ours));
    console.log(row("MiniSearch peer POST /query (in memory)", peer));
    // In the order they ran: a rising series says a target was still warming up.
    const rounds = `rounds ${roundRatios.map((ratio) => ratio.toFixed(2)).join(", ")}`;
    console.log(`Pagewise ÷ peer: ${ratio.toFixed(2)} (${rounds}; target ≥ ${TARGETS[engine]?.toFixed(1) ?? "?"})`);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const corpus = locateTrpcCorpus();
  if (corpus.dir === undefined) {
    console.log(`Question benchmark skipped: ${corpus.reason}.`);
    return;
  }
  const peer = await startPeer(corpus.dir);
  try {
    if (ENGINES.includes("pglite")) await benchEngine("PGlite", "pglite:memory", corpus, peer.url);
    if (!ENGINES.includes("postgres")) return;
    const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (!serverUrl) {
      console.log("\nPostgres: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to a server to measure it too).");
      return;
    }
    const scratch = await scratchPostgres(serverUrl);
    try {
      await benchEngine("Postgres", scratch.url, corpus, peer.url);
    } finally {
      await scratch.drop();
    }
  } finally {
    peer.child.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
