// Fails when the workspace's tRPC falls behind: every @trpc/* package is pinned to an exact
// version, one version per package across all package.json files, and no more than one minor
// behind the newest 11.x on the npm registry. The lean tRPC handler (apps/server/src/api/
// trpc-handler.ts) uses tRPC's internal module, so upgrades are deliberate, but they must happen.
// Run after `npm ci`; asks the registry through npm itself (its configured registry).
// Without the registry: says why, and fails under CI=true (a warning elsewhere).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const MAJOR = 11;
const MAX_MINORS_BEHIND = 1;
const DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "peerDependencies", "overrides"];

const root = join(import.meta.dirname, "..");
const manifests = [
  "package.json",
  ...["apps", "packages"].flatMap((dir) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(dir, entry.name, "package.json")),
  ),
];

/** package name → { version → [where it is pinned] } */
const pins = new Map();
for (const manifest of manifests) {
  let json;
  try {
    json = JSON.parse(readFileSync(join(root, manifest), "utf8"));
  } catch {
    continue; // a folder without a package.json is not a workspace
  }
  for (const field of DEPENDENCY_FIELDS) {
    for (const [name, version] of Object.entries(json[field] ?? {})) {
      if (!name.startsWith("@trpc/") || typeof version !== "string") continue;
      const versions = pins.get(name) ?? new Map();
      versions.set(version, [...(versions.get(version) ?? []), `${manifest} ${field}`]);
      pins.set(name, versions);
    }
  }
}

const problems = [];
const parse = (version) => version.split(".").map(Number);

function latestOnRegistry(name) {
  const view = spawnSync("npm", ["view", name, "versions", "--json"], { encoding: "utf8" });
  if (view.status !== 0) {
    const reason = (view.error?.message ?? view.stderr).trim().split("\n").slice(0, 3).join(" / ");
    return { error: reason || `npm view exited ${view.status}` };
  }
  const stable = JSON.parse(view.stdout)
    .filter((version) => new RegExp(`^${MAJOR}\\.\\d+\\.\\d+$`).test(version))
    .sort((a, b) => {
      const [, minorA, patchA] = parse(a);
      const [, minorB, patchB] = parse(b);
      return minorA - minorB || patchA - patchB;
    });
  return { latest: stable.at(-1) };
}

let unreachable;
for (const [name, versions] of [...pins].sort(([a], [b]) => a.localeCompare(b))) {
  if (versions.size > 1) {
    const where = [...versions].map(([version, places]) => `  ${version}: ${places.join(", ")}`).join("\n");
    problems.push(`${name} is pinned to more than one version:\n${where}`);
    continue;
  }
  const [pinned] = versions.keys();
  if (!/^\d+\.\d+\.\d+$/.test(pinned)) {
    problems.push(`${name} must be pinned to an exact version, not "${pinned}".`);
    continue;
  }
  const { latest, error } = latestOnRegistry(name);
  if (error) {
    unreachable = `npm view ${name} failed: ${error}`;
    break;
  }
  if (!latest) {
    problems.push(`${name}: the registry lists no ${MAJOR}.x release.`);
    continue;
  }
  const [pinnedMajor, pinnedMinor] = parse(pinned);
  const [, latestMinor] = parse(latest);
  const behind = pinnedMajor === MAJOR ? latestMinor - pinnedMinor : Number.POSITIVE_INFINITY;
  console.log(`${name}: pinned ${pinned}, latest ${MAJOR}.x on the registry ${latest}`);
  if (behind > MAX_MINORS_BEHIND) {
    problems.push(`${name} ${pinned} is ${behind} minor versions behind ${latest}: upgrade it (docs/api.md).`);
  }
}

if (unreachable) {
  console.error(`Could not check tRPC against the npm registry: ${unreachable}`);
  process.exit(process.env.CI === "true" ? 1 : 0);
}
if (pins.size === 0) problems.push("No @trpc/* dependency found: is this the Pagewise repository?");
for (const problem of problems) console.error(problem);
process.exit(problems.length > 0 ? 1 : 0);
