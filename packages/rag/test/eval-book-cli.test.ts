import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeEmbeddings, startFakeEmbeddings } from "../src/testing";
import { basicDocs } from "./fixture-tree";

/** `npm run eval:book`, run as a reader of these docs would: a child process over the fixture book. */
describe("npm run eval:book", () => {
  const dir = mkdtempSync(join(tmpdir(), "pagewise-eval-book-"));
  const questions = join(dir, "questions.json");
  const offTopic = join(dir, "offtopic.json");
  let embeddings: FakeEmbeddings;

  beforeAll(async () => {
    // To this model a "gadget" is a device and "bounced" means refused; no full-text index knows that.
    embeddings = await startFakeEmbeddings({ gadget: "device", bounced: "refuses" });
    writeJson(questions, [
      { q: "How do I install the command line tool?", docs: ["guides/01-getting-started.md"] },
      { q: "Why does the relay refuse my device?", docs: ["reference/troubleshooting.md"] },
      { q: "gadget bounced", docs: ["reference/troubleshooting.md"] },
    ]);
    writeJson(offTopic, [
      { q: "How do I bake sourdough bread?", kind: "far" },
      { q: "How do I set up an nginx reverse proxy?", kind: "near" },
    ]);
  });
  afterAll(async () => {
    await embeddings?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("scores retrieval against the baseline, lists the misses and counts refusals", async () => {
    const { stdout } = await run([basicDocs, "--questions", questions, "--offtopic", offTopic]);
    expect(stdout).toMatch(/Indexed .*basic-docs in memory: \d+ pages/);
    expect(stdout).toMatch(/Pagewise \(BM25F\)\s+0\.667\s+0\.667/);
    expect(stdout).toMatch(/BM25 \+ stop-words\s+\d\.\d{3}/);
    expect(stdout).not.toContain("Pagewise + embeddings");
    expect(stdout).toContain("misses at 5 (ours): 1\n  - gadget bounced");
    expect(stdout).toMatch(/your book\s+2\/3 \(67 %\)\s+1\/1 \(100 %\)\s+1\/1 \(100 %\)/);
  });

  it("with EMBEDDINGS_URL, scores the semantic leg beside full-text search", async () => {
    const { stdout } = await run([basicDocs, "--questions", questions], {
      EMBEDDINGS_URL: embeddings.url,
      EMBEDDINGS_MODEL: "hash-64",
    });
    expect(stdout).toMatch(/in memory: \d+ pages, (\d+) chunks in [\d.]+s, \1 embedded/);
    expect(stdout).toMatch(/Pagewise \(BM25F\)\s+0\.667/);
    expect(stdout).toMatch(/Pagewise \+ embeddings\s+1\.000/);
    expect(stdout).toContain("misses at 5 (ours with embeddings): 0");
    expect(stdout).toContain("refusals were not measured");
  });

  it("suggests an EMBEDDINGS_MIN_SIMILARITY that answers what the words miss, and measures it when set", async () => {
    const embeddingsEnv = { EMBEDDINGS_URL: embeddings.url, EMBEDDINGS_MODEL: "hash-64" };
    const args = [basicDocs, "--questions", questions, "--offtopic", offTopic];
    const first = (await run(args, embeddingsEnv)).stdout;
    expect(first).toMatch(/your book\s+2\/3 \(67 %\)/);
    expect(first).toContain("Where hash-64 could support answers the words miss:");
    expect(first).toMatch(/unset \(words alone\)\s+67 %\s+100 %\s+100 %/);
    const suggested = /Suggested: EMBEDDINGS_MIN_SIMILARITY=(0\.\d+)/.exec(first)?.[1];
    expect(suggested).toBeDefined();
    // This model puts the off-topic questions nearer the book than the paraphrase: nothing is refused then.
    expect(first).toContain(`\n${suggested}`.padEnd(29) + "100 %       0 %           0 %");

    const second = (await run(args, { ...embeddingsEnv, EMBEDDINGS_MIN_SIMILARITY: suggested ?? "" })).stdout;
    expect(second).toContain(`EMBEDDINGS_MIN_SIMILARITY=${suggested}:`);
    expect(second).toMatch(/your book\s+3\/3 \(100 %\)/);
  });

  it("finds questions.json and offtopic.json in the directory given", async () => {
    const book = mkdtempSync(join(dir, "book-"));
    writeFileSync(join(book, "setup.md"), "# Setup\n\nInstall the quill command line tool with the installer.\n");
    writeJson(join(book, "questions.json"), [{ q: "How do I install quill?", docs: ["setup.md"] }]);
    writeJson(join(book, "offtopic.json"), [{ q: "How do I bake sourdough bread?", kind: "far" }]);
    const { stdout } = await run([book]);
    expect(stdout).toContain(`Retrieval: ${join(book, "questions.json")}`);
    expect(stdout).toMatch(/Pagewise \(BM25F\)\s+1\.000\s+1\.000/);
    expect(stdout).toMatch(/your book\s+1\/1 \(100 %\)\s+1\/1 \(100 %\)/);
  });

  it("names expected pages the book does not have, and scores nothing", async () => {
    const typo = join(dir, "typo.json");
    writeJson(typo, [{ q: "How do I install the tool?", docs: ["guides/getting-started.md"] }]);
    const failure = await run([basicDocs, "--questions", typo]).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect(failure).toHaveProperty(
      "stderr",
      expect.stringContaining(`guides/getting-started.md  (in "How do I install the tool?")`),
    );
    expect(failure).toHaveProperty("stdout", expect.not.stringContaining("recall@5"));
  });

  it.each([
    ["no directory", [], "No docs directory given."],
    ["a directory that is not there", [join(dir, "nope")], "does not exist or is not a directory"],
    ["no questions file", [basicDocs], "No questions file: pass --questions <file>"],
    ["an unknown option", [basicDocs, "--question", "x.json"], "Unknown option '--question'"],
    ["two directories", [basicDocs, basicDocs], "One docs directory, not 2."],
  ])("explains %s, with the usage, and exits 2", async (_, args, message) => {
    const failure = await run(args).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect(failure).toHaveProperty("stderr", expect.stringContaining(message));
    expect(failure).toHaveProperty("stderr", expect.stringContaining("Usage: npm run eval:book"));
  });

  it("says which questions file is broken and why", async () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, '[{ "q": "unfinished"');
    const notJson = await run([basicDocs, "--questions", broken]).catch((error: unknown) => error);
    expect(notJson).toMatchObject({ code: 2 });
    expect(notJson).toHaveProperty("stderr", expect.stringContaining(`${broken}: is not JSON`));

    const wrongShape = join(dir, "shape.json");
    writeJson(wrongShape, [{ question: "How?", pages: ["intro.md"] }]);
    const shape = await run([basicDocs, "--questions", wrongShape]).catch((error: unknown) => error);
    expect(shape).toHaveProperty("stderr", expect.stringContaining(`${wrongShape}: is not a list of questions`));

    const missing = await run([basicDocs, "--questions", join(dir, "absent.json")]).catch((error: unknown) => error);
    expect(missing).toHaveProperty("stderr", expect.stringContaining("absent.json: cannot be read (ENOENT)"));
  });
});

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value));
}

function run(args: string[], env: Record<string, string> = {}) {
  return promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli/eval-book.ts", ...args], {
    // Paths are absolute; INIT_CWD is where relative ones would start, as npm sets it.
    env: { ...process.env, INIT_CWD: process.cwd(), EMBEDDINGS_URL: "", EMBEDDINGS_MODEL: "", ...env },
  });
}
