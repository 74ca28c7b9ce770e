/**
 * `npm run bench:startup` (and the third part of `npm run bench`): how long the built server takes
 * to be ready on the embedded database, for a first start (an empty database: the book is indexed
 * before /readyz says ready) and for a restart with nothing changed (the book is served as stored
 * while it is confirmed), then how long the first question takes after ready. Each figure is
 * printed beside bare Node starting an HTTP server in the same run, as a ratio, so a slower machine
 * moves both. Not a test: it prints figures, it asserts nothing.
 *
 * A fresh clone's first `npm start` is its build step with nothing cached
 * (`scripts/build-if-changed.mjs --force`, timed here) followed by that first start; both parts
 * and their sum are printed.
 *
 *   BENCH_STARTS (default 3): restarts measured; the median is printed.
 *   DOCS_DIR / SITE_DIR: the book (default: the project's own docs/).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../src/testing/free-port";

const SERVER_BUNDLE = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const REPOSITORY = fileURLToPath(new URL("../../..", import.meta.url));
const STARTS = Math.max(1, Math.floor(Number(process.env.BENCH_STARTS ?? 3)));

interface StartFigures {
  /** Spawn to the "listening on" line. */
  listening: number;
  /** Spawn to the first 200 from /readyz. */
  ready: number;
  /** Spawn to the log line saying the book is up to date ("Indexed …"). */
  indexed: number;
  /** The first question's round trip, asked at ready. */
  firstQuestion: number;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "pagewise-startup-bench-"));
  try {
    const bareRuns: number[] = [];
    for (let index = 0; index < 3; index += 1) bareRuns.push(await bareNode());
    const bare = median(bareRuns);
    const build = await buildWithoutCache();
    const first = await startOnce(dataDir);
    const restarts: StartFigures[] = [];
    for (let index = 0; index < STARTS; index += 1) restarts.push(await startOnce(dataDir));
    const restart: StartFigures = {
      listening: median(restarts.map((figures) => figures.listening)),
      ready: median(restarts.map((figures) => figures.ready)),
      indexed: median(restarts.map((figures) => figures.indexed)),
      firstQuestion: median(restarts.map((figures) => figures.firstQuestion)),
    };
    const row = (name: string, ms: number) =>
      `${name.padEnd(44)}${`${(ms / 1000).toFixed(2)} s`.padStart(9)}${`${(ms / bare).toFixed(1)}×`.padStart(9)}`;
    console.log(`${"start-up (embedded database)".padEnd(44)}${"time".padStart(9)}${"× bare".padStart(9)}`);
    console.log(row("bare Node, an HTTP server listening", bare));
    console.log(row("fresh clone: the build, nothing cached", build));
    console.log(row("fresh clone: first npm start, ready", build + first.ready));
    console.log(row("first start: listening", first.listening));
    console.log(row("first start: ready (book indexed)", first.ready));
    console.log(row("first start: first question answered", first.ready + first.firstQuestion));
    console.log(row(`restart, nothing changed (${STARTS}×): listening`, restart.listening));
    console.log(row("restart: ready", restart.ready));
    console.log(row("restart: book confirmed unchanged", restart.indexed));
    console.log(row("restart: first question, after ready", restart.firstQuestion));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** One start of the built server on `dataDir`, measured, then stopped. */
async function startOnce(dataDir: string): Promise<StartFigures> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER_BUNDLE], {
    env: {
      ...process.env,
      NODE_ENV: "test",
      HOST: "127.0.0.1",
      PORT: String(port),
      BETTER_AUTH_URL: url,
      DATABASE_URL: `pglite:${dataDir}`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const marks = new Map<string, number>();
  const mark = (name: string, pattern: RegExp) => {
    if (!marks.has(name) && pattern.test(output)) marks.set(name, performance.now() - started);
  };
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    mark("listening", /listening on /);
    mark("indexed", /Indexed |answers from the book as last indexed|Could not index/);
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  try {
    await poll(
      async () => (await fetch(`${url}/readyz`).catch(() => undefined))?.ok === true,
      () => output,
    );
    const readyAt = performance.now() - started;
    const asked = performance.now();
    const answer = await fetch(`${url}/api/v1/query`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: "How do I use my own docs?" }),
    });
    if (!answer.ok) throw new Error(`the first question answered ${answer.status}: ${await answer.text()}`);
    await answer.arrayBuffer();
    const firstQuestion = performance.now() - asked;
    await poll(
      async () => marks.has("indexed"),
      () => output,
    );
    return {
      listening: marks.get("listening") ?? readyAt,
      ready: readyAt,
      indexed: marks.get("indexed") ?? readyAt,
      firstQuestion,
    };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}

/** Bare Node's floor on this machine, now: start, listen, exit. */
/** What `npm start` builds on a fresh clone: its own build step, Turborepo's cache bypassed. */
async function buildWithoutCache(): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(REPOSITORY, "scripts", "build-if-changed.mjs"), "--force"], {
    cwd: REPOSITORY,
    stdio: "ignore",
  });
  const status = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (status !== 0) throw new Error(`scripts/build-if-changed.mjs --force exited with ${status}`);
  return performance.now() - started;
}

async function bareNode(): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [
    "-e",
    "require('node:http').createServer().listen(0, '127.0.0.1', function () { this.close(); })",
  ]);
  await new Promise((resolve) => child.once("exit", resolve));
  return performance.now() - started;
}

/** Waits until `done`, asking every 20 ms; throws with the server's output after 3 minutes. */
async function poll(done: () => Promise<boolean>, output: () => string): Promise<void> {
  const deadline = performance.now() + 180_000;
  while (performance.now() < deadline) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out:\n${output()}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
