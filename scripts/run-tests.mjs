// `npm test`: every package's tests through Turborepo, then one closing line
// that sums them all ("N passed, N failed, N skipped"), so a run of many
// packages still ends with a single verdict.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const resultsDir = ".test-results";
rmSync(resultsDir, { recursive: true, force: true });

const started = Date.now();
const turbo = spawnSync("npx", ["turbo", "run", "test", "--concurrency=1", "--continue", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
});

let passed = 0;
let failed = 0;
let skipped = 0;
const reports = existsSync(resultsDir) ? readdirSync(resultsDir).filter((name) => name.endsWith(".json")) : [];
for (const name of reports) {
  const report = JSON.parse(readFileSync(join(resultsDir, name), "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  const took = wallTime(report);
  console.log(
    `${name.replace(/\.json$/, "")}: ${report.numPassedTests} passed, ${report.numFailedTests} failed${took ? ` in ${took}` : ""}`,
  );
}
if (turbo.status !== 0 && failed === 0) failed = 1; // a package that crashed before reporting still fails the run
console.log(`(npm test took ${formatSeconds(Math.round((Date.now() - started) / 1000))}, builds included)`);
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(turbo.status ?? 1);

/** A package's wall time, from its run's start to its last test file's end: "5m 12s". */
function wallTime(report) {
  const ends = report.testResults.map((file) => file.endTime).filter((end) => typeof end === "number");
  if (ends.length === 0 || typeof report.startTime !== "number") return undefined;
  return formatSeconds(Math.round((Math.max(...ends) - report.startTime) / 1000));
}

function formatSeconds(seconds) {
  return seconds >= 60 ? `${Math.floor(seconds / 60)}m ${seconds % 60}s` : `${seconds}s`;
}
