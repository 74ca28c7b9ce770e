// `npm test`: every package's tests through Turborepo, then one closing line
// that sums them all ("N passed, N failed, N skipped"), so a run of many
// packages still ends with a single verdict.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const resultsDir = ".test-results";
rmSync(resultsDir, { recursive: true, force: true });

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
  console.log(`${name.replace(/\.json$/, "")}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
if (turbo.status !== 0 && failed === 0) failed = 1; // a package that crashed before reporting still fails the run
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(turbo.status ?? 1);
