/**
 * `npm run bench:ingest`: where an ingest of each test corpus (the tRPC docs, the
 * Docusaurus website docs) spends its time, phase by phase, on an empty PGlite
 * database (first run) and again with nothing changed (second run), with the
 * ratio between the two. Not part of `npm test`.
 */
import { cpus } from "node:os";
import { createPhaseTimer, type IngestPhase } from "@pagewise/book";
import { createDatabase, migrateToLatest } from "@pagewise/db";
import { locateDocusaurusCorpus, locateTrpcCorpus } from "../eval/locate-corpus";
import { ingestDirectory } from "../ingest/ingest-directory";

const PHASES: IngestPhase[] = ["read", "parse", "links", "hash", "render", "sections", "write"];

interface Run {
  total: number;
  phases: ReadonlyMap<IngestPhase, number>;
  pages: number;
}

async function benchCorpus(name: string, dir: string, staticDir: string | undefined): Promise<void> {
  const database = await createDatabase("pglite:memory");
  try {
    await migrateToLatest(database.db);
    const runs: Run[] = [];
    for (let run = 0; run < 2; run += 1) {
      const timer = createPhaseTimer();
      const started = performance.now();
      const summary = await ingestDirectory(database.db, dir, { staticDir, timer });
      runs.push({
        total: performance.now() - started,
        phases: timer.totals(),
        pages: summary.added + summary.updated,
      });
    }
    const [first, second] = runs;
    if (first === undefined || second === undefined) return;
    console.log(`\n${name} (${dir})`);
    console.log(`${"phase".padEnd(9)} ${"first run".padStart(11)} ${"unchanged".padStart(11)}   ratio`);
    for (const phase of PHASES) row(phase, first.phases.get(phase) ?? 0, second.phases.get(phase) ?? 0);
    row("total", first.total, second.total);
    console.log(`pages written: ${first.pages} then ${second.pages}`);
  } finally {
    await database.close();
  }
}

function row(label: string, first: number, second: number): void {
  const ratio = second > 0 ? `×${(first / second).toFixed(1)}` : "—";
  console.log(
    `${label.padEnd(9)} ${`${first.toFixed(0)} ms`.padStart(11)} ${`${second.toFixed(0)} ms`.padStart(11)}   ${ratio}`,
  );
}

async function main(): Promise<void> {
  console.log(
    `Ingest benchmark: first run on an empty PGlite database, then an unchanged re-run; Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"})`,
  );
  for (const [name, located] of [
    ["tRPC docs", locateTrpcCorpus()],
    ["Docusaurus website docs", locateDocusaurusCorpus()],
  ] as const) {
    if (located.dir === undefined) {
      console.log(`${name}: skipped (${located.reason})`);
      continue;
    }
    await benchCorpus(name, located.dir, located.staticDir);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
