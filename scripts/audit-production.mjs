#!/usr/bin/env node
// `npm audit --omit=dev` for CI: fails on a high or critical advisory in a production dependency
// unless .ci/audit-accepted.json accepts it (by GHSA id, with a reason and an expiry date).
// AUDIT_JSON=<file> reads a saved `npm audit --json` report instead of asking the registry.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";

const FAILING = new Set(["high", "critical"]);
// Read once here: this script is CI plumbing, not a turbo task whose cache they could affect.
const { AUDIT_JSON, AUDIT_STRICT } = process.env;
const acceptedFile = new URL("../.ci/audit-accepted.json", import.meta.url);

async function auditReport() {
  if (AUDIT_JSON) return JSON.parse(readFileSync(AUDIT_JSON, "utf8"));
  // npm audit exits 1 when it finds anything; the JSON report is what matters.
  const result = await promisify(execFile)("npm", ["audit", "--omit=dev", "--json"], { maxBuffer: 64 << 20 }).catch(
    (error) => error,
  );
  return JSON.parse(result.stdout || "{}");
}

const accepted = JSON.parse(readFileSync(acceptedFile, "utf8")).accepted ?? [];
const today = new Date().toISOString().slice(0, 10);
const acceptedIds = new Map(accepted.filter((entry) => entry.until >= today).map((entry) => [entry.id, entry]));
for (const entry of accepted) {
  if (entry.until < today) console.log(`audit: the acceptance of ${entry.id} expired on ${entry.until}; review it.`);
}

const report = await auditReport();
if (!report.vulnerabilities) {
  const reason = report.message ?? report.error?.summary ?? "no report";
  const message = `audit: the registry's audit service did not answer (${reason}).`;
  if (AUDIT_STRICT === "true") {
    console.error(`${message} AUDIT_STRICT=true: failing.`);
    process.exit(1);
  }
  console.log(`${message} Not audited; set AUDIT_STRICT=true to fail on this.`);
  process.exit(0);
}

const problems = [];
for (const [name, vulnerability] of Object.entries(report.vulnerabilities)) {
  for (const via of vulnerability.via) {
    if (typeof via !== "object" || !FAILING.has(via.severity)) continue;
    const id = /GHSA-[\w-]+/.exec(via.url ?? "")?.[0] ?? String(via.source);
    if (acceptedIds.has(id)) {
      console.log(
        `audit: ${id} (${via.severity}, ${name}) accepted until ${acceptedIds.get(id).until}: ${acceptedIds.get(id).reason}`,
      );
      continue;
    }
    problems.push(`${via.severity} ${id} in ${name} (${via.range}): ${via.title} ${via.url ?? ""}`);
  }
}
if (problems.length > 0) {
  console.error(`audit: ${problems.length} high or critical advisory(ies) in production dependencies:`);
  for (const problem of [...new Set(problems)]) console.error(`  - ${problem}`);
  console.error("Upgrade, or accept one in .ci/audit-accepted.json (see docs/deployment.md).");
  process.exit(1);
}
console.log("audit: no high or critical advisory in production dependencies.");
