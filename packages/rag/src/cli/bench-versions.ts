/**
 * `npm run bench:versions`: what each version of a site costs. The Docusaurus website corpus
 * (current, 3.8.1, 3.7.0) is ingested with one, two and three of its versions on an empty PGlite
 * database, and for each: the first ingest's time, an unchanged re-run's, the pages parsed once
 * for several versions, the heap each version's search index takes once loaded, and a question's
 * latency (median over the corpus's questions) on the last version and on the oldest. Ratios are
 * against one version, in the same run. Not part of `npm test`.
 */
import { cpus } from "node:os";
import type { BookVersionSource } from "@pagewise/book";
import { locateSiteBook } from "@pagewise/book";
import { createDatabase, migrateToLatest } from "@pagewise/db";
import { answerQuestion } from "../answer/answer-question";
import { locateDocusaurusCorpus } from "../eval/locate-corpus";
import { ingestDirectory } from "../ingest/ingest-directory";
import { loadChunkIndex } from "../retrieve/chunk-index/load-chunk-index";

const QUESTIONS = [
  "How do I create a new versioned copy of the docs?",
  "How can I add a sidebar category with a generated index page?",
  "How do I deploy my site to GitHub Pages?",
  "What does the swizzle command do?",
  "How do I add search to my site?",
  "How do I write an admonition?",
  "How do I configure the navbar items?",
  "How do I add a blog?",
];

interface Figures {
  versions: string[];
  firstIngest: number;
  unchangedIngest: number;
  sharedParses: number;
  /** Heap growth when each version's index is loaded, in bytes, by version. */
  indexBytes: Map<string, number>;
  /** Median question latency in ms, by version. */
  latency: Map<string, number>;
}

async function measure(
  siteDir: string,
  staticDir: string | undefined,
  versions: BookVersionSource[],
): Promise<Figures> {
  const database = await createDatabase("pglite:memory");
  try {
    await migrateToLatest(database.db);
    const options = { siteDir, staticDir, versions };
    const docsDir = versions[0]?.docsDir ?? siteDir;
    let started = performance.now();
    const first = await ingestDirectory(database.db, docsDir, options);
    const firstIngest = performance.now() - started;
    started = performance.now();
    await ingestDirectory(database.db, docsDir, options);
    const unchangedIngest = performance.now() - started;

    const indexBytes = new Map<string, number>();
    const latency = new Map<string, number>();
    for (const version of versions) {
      const before = heapUsed();
      await loadChunkIndex(database.db, version.name);
      indexBytes.set(version.name, heapUsed() - before);
      const times: number[] = [];
      for (const question of QUESTIONS) {
        // The first asking warms what is cached per question; the second is timed.
        await answerQuestion(database.db, question, { version: version.name });
        const asked = performance.now();
        await answerQuestion(database.db, question, { version: version.name });
        times.push(performance.now() - asked);
      }
      latency.set(version.name, median(times));
    }
    return {
      versions: versions.map((version) => version.name),
      firstIngest,
      unchangedIngest,
      sharedParses: first.sharedParses,
      indexBytes,
      latency,
    };
  } finally {
    await database.close();
  }
}

function heapUsed(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ratio = (value: number, base: number) => (base > 0 ? `×${(value / base).toFixed(2)}` : "—");

async function main(): Promise<void> {
  const corpus = locateDocusaurusCorpus();
  if (corpus.dir === undefined) {
    console.log(`Versions benchmark skipped: ${corpus.reason}`);
    return;
  }
  if (globalThis.gc === undefined) console.log("(run with --expose-gc for index memory figures)");
  const site = await locateSiteBook(corpus.root);
  // The last version first: one version is what a site without versions.json has.
  const ordered = [...site.versions].sort((a, b) => Number(b.isLast) - Number(a.isLast));
  console.log(
    `Versions benchmark: ${corpus.root}, Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"})`,
  );
  const runs: Figures[] = [];
  for (let count = 1; count <= ordered.length; count++) {
    runs.push(await measure(site.siteDir, site.staticDir, ordered.slice(0, count)));
  }
  const base = runs[0];
  if (base === undefined) return;
  const lastName = base.versions[0] ?? "";
  console.log(
    `\n${"versions".padEnd(26)} ${"first ingest".padStart(18)} ${"unchanged".padStart(16)} ${"parsed once".padStart(11)} ${"question (last)".padStart(20)}`,
  );
  for (const run of runs) {
    console.log(
      `${run.versions.join(", ").padEnd(26)} ${`${ms(run.firstIngest)} ${ratio(run.firstIngest, base.firstIngest)}`.padStart(18)} ${`${ms(run.unchangedIngest)} ${ratio(run.unchangedIngest, base.unchangedIngest)}`.padStart(16)} ${String(run.sharedParses).padStart(11)} ${`${(run.latency.get(lastName) ?? 0).toFixed(1)} ms ${ratio(run.latency.get(lastName) ?? 0, base.latency.get(lastName) ?? 0)}`.padStart(20)}`,
    );
  }
  const all = runs.at(-1);
  if (all === undefined) return;
  console.log("\nper version, all loaded:");
  for (const name of all.versions) {
    console.log(
      `  ${name.padEnd(10)} index ${mb(all.indexBytes.get(name) ?? 0).padStart(8)}   question median ${(all.latency.get(name) ?? 0).toFixed(1)} ms`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
