import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join, sep } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { declarationsFile, ensureDeclarations } from "./support/declarations";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const workspaceRoot = join(import.meta.dirname, "../../..");

/** Lines of `--extendedDiagnostics` worth printing: how much the consumer paid for the types. */
const REPORTED = /^(Files|Lines of TypeScript|Lines of Definitions|Memory used|Check time|Total time):/;

/**
 * Another project's view of @pagewise/api: fixtures under test/fixtures are small TypeScript
 * projects of their own (own package.json and tsconfig, no workspace conditions), type-checked
 * with the TypeScript the workspace uses. They must get real types from dist/types alone.
 */
describe.each(["consumer-bundler", "consumer-nodenext"])("%s", (fixture) => {
  beforeAll(() => ensureDeclarations(), 600_000);

  it("type-checks against the declarations, none of the workspace's sources", () => {
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [tsc, "-p", join(import.meta.dirname, "fixtures", fixture), "--listFiles", "--extendedDiagnostics"],
      { encoding: "utf8" },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const lines = run.stdout.split("\n");
    const files = lines.filter((line) => line.startsWith(sep)); // --listFiles: one absolute path a line
    console.log(
      `${fixture}: tsc exited ${run.status} in ${seconds} s, ${files.length} files\n` +
        lines.filter((line) => REPORTED.test(line)).join("\n"),
    );

    expect(lines.filter((line) => line.includes("error TS"))).toEqual([]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(files).toContain(declarationsFile);
    const workspaceSources = files.filter(
      (file) => file.startsWith(join(workspaceRoot, "packages")) || file.startsWith(join(workspaceRoot, "apps")),
    );
    expect(workspaceSources.sort()).toEqual(
      [declarationsFile, join(import.meta.dirname, "fixtures", fixture, "index.ts")].sort(),
    );
  }, 180_000);
});
